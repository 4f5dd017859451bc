# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""AccountReport resources (``reports``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.reports import AccountReport, CreateReportResponse

_TYPES = Models(__package__, ".types.reports")
_MODEL = _TYPES("AccountReport")
_CREATE_REPORT_RESPONSE = _TYPES("CreateReportResponse")
_LIST_PATH = "/v2/Voice/Reports"
_INSTANCE_PATH = "/v2/Voice/Reports/{0}"
_CREATE: Operation[CreateReportResponse] = Operation(
    "reports.create", "POST", _LIST_PATH, body="json", model=_CREATE_REPORT_RESPONSE
).with_params(
    P("time_range", "time_range", JSON, "object"),
    P("filters", "filters", JSON, "object", many=True),
)
_FETCH: Operation[AccountReport] = Operation(
    "reports.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AccountReportCreateArgs(Args):
    time_range: Any | NotGiven = NOT_GIVEN
    filters: Sequence[Any] | NotGiven = NOT_GIVEN


class AccountReportContext(InstanceContext):
    """One AccountReport: ``/v2/Voice/Reports/{reportId}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AccountReport: ``GET /v2/Voice/Reports/{reportId}``."""


class AccountReportList(KeyedList[AccountReportContext]):
    """AccountReport collection: ``/v2/Voice/Reports``."""

    __slots__ = ()
    _key = ("reportId", "report_id", None)
    create = _CREATE.call_method(AccountReportCreateArgs)
    """Create a AccountReport: ``POST /v2/Voice/Reports``."""
