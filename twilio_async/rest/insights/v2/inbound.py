# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""InboundPhoneNumbersReport resources (``inbound``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.inbound import InboundPhoneNumbersReport

_TYPES = Models(__package__, ".types.inbound")
_MODEL = _TYPES("InboundPhoneNumbersReport")
_INSTANCE_PATH = "/v2/Voice/Reports/PhoneNumbers/Inbound"
_CREATE: Operation[InboundPhoneNumbersReport] = Operation(
    "inbound.create", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("time_range", "time_range", JSON, "object"),
    P("filters", "filters", JSON, "object", many=True),
    P("size", "size", JSON, "integer"),
)


class InboundPhoneNumbersReportCreateArgs(Args):
    time_range: Any | NotGiven = NOT_GIVEN
    filters: Sequence[Any] | NotGiven = NOT_GIVEN
    size: int | NotGiven = NOT_GIVEN


class InboundPhoneNumbersReportContext(InstanceContext):
    """One InboundPhoneNumbersReport: ``/v2/Voice/Reports/PhoneNumbers/Inbound``."""

    __slots__ = ()
    create = _CREATE.call_method(InboundPhoneNumbersReportCreateArgs)
    """Create a InboundPhoneNumbersReport: ``POST /v2/Voice/Reports/PhoneNumbers/Inbound``."""


class InboundPhoneNumbersReportList(SingletonList[InboundPhoneNumbersReportContext]):
    """InboundPhoneNumbersReport collection."""

    __slots__ = ()
