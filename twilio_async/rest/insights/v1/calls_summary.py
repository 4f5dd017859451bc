# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""CallSummary resources (``calls.summary``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import SummaryProcessingState
    from .types.calls_summary import CallSummary

_TYPES = Models(__package__, ".types.calls_summary")
_MODEL = _TYPES("CallSummary")
_INSTANCE_PATH = "/v1/Voice/{0}/Summary"
_FETCH: Operation[CallSummary] = Operation(
    "summary.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("processing_state", "ProcessingState", QUERY, "string"))


class CallSummaryFetchArgs(Args):
    processing_state: SummaryProcessingState | str | NotGiven = NOT_GIVEN


class CallSummaryContext(InstanceContext):
    """One CallSummary: ``/v1/Voice/{CallSid}/Summary``."""

    __slots__ = ()
    fetch = _FETCH.call_method(CallSummaryFetchArgs)
    """Fetch this CallSummary: ``GET /v1/Voice/{CallSid}/Summary``."""


class CallSummaryList(SingletonList[CallSummaryContext]):
    """CallSummary collection."""

    __slots__ = ()
