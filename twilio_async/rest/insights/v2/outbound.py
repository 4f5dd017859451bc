# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""OutboundPhoneNumbersReport resources (``outbound``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.outbound import OutboundPhoneNumbersReport

_TYPES = Models(__package__, ".types.outbound")
_MODEL = _TYPES("OutboundPhoneNumbersReport")
_INSTANCE_PATH = "/v2/Voice/Reports/PhoneNumbers/Outbound"
_CREATE: Operation[OutboundPhoneNumbersReport] = Operation(
    "outbound.create", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("time_range", "time_range", JSON, "object"),
    P("filters", "filters", JSON, "object", many=True),
    P("size", "size", JSON, "integer"),
)


class OutboundPhoneNumbersReportCreateArgs(Args):
    time_range: Any | NotGiven = NOT_GIVEN
    filters: Sequence[Any] | NotGiven = NOT_GIVEN
    size: int | NotGiven = NOT_GIVEN


class OutboundPhoneNumbersReportContext(InstanceContext):
    """One OutboundPhoneNumbersReport: ``/v2/Voice/Reports/PhoneNumbers/Outbound``."""

    __slots__ = ()
    create = _CREATE.call_method(OutboundPhoneNumbersReportCreateArgs)
    """Create a OutboundPhoneNumbersReport: ``POST /v2/Voice/Reports/PhoneNumbers/Outbound``."""


class OutboundPhoneNumbersReportList(SingletonList[OutboundPhoneNumbersReportContext]):
    """OutboundPhoneNumbersReport collection."""

    __slots__ = ()
