# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""CallSummaries models (``call_summaries``)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import (
    CallSummariesAnsweredBy,
    CallSummariesCallState,
    CallSummariesCallType,
    CallSummariesProcessingState,
)


class CallSummaries(TwilioModel):
    """A CallSummaries as returned by the API."""

    account_sid: str | None = None
    call_sid: str | None = None
    answered_by: CallSummariesAnsweredBy | None = None
    call_type: CallSummariesCallType | None = None
    call_state: CallSummariesCallState | None = None
    processing_state: CallSummariesProcessingState | None = None
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
