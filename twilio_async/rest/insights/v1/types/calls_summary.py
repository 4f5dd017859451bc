# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""CallSummary models (``calls.summary``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import SummaryAnsweredBy, SummaryCallState, SummaryCallType, SummaryProcessingState

if TYPE_CHECKING:
    from ..calls_summary import CallSummaryContext


class CallSummary(InstanceModel["CallSummaryContext"]):
    """A CallSummary as returned by the API."""

    account_sid: str | None = None
    call_sid: str | None = None
    call_type: SummaryCallType | None = None
    call_state: SummaryCallState | None = None
    answered_by: SummaryAnsweredBy | None = None
    processing_state: SummaryProcessingState | None = None
    created_time: IsoDateTime | None = None
    start_time: IsoDateTime | None = None
    end_time: IsoDateTime | None = None
    duration: int | None = None
    connect_duration: int | None = None
    from_: Any | None = Field(default=None, alias="from")
    to: Any | None = None
    carrier_edge: Any | None = None
    client_edge: Any | None = None
    sdk_edge: Any | None = None
    sip_edge: Any | None = None
    tags: list[str] | None = None
    url: str | None = None
    attributes: Any | None = None
    properties: Any | None = None
    trust: Any | None = None
    annotation: Any | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CallSummaryContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..calls_summary import CallSummaryContext  # noqa: F401
    else:
        fetch = FromContext()
