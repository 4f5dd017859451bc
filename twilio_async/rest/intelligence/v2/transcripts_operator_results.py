# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorResult resources (``transcripts.operator_results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.transcripts_operator_results import OperatorResult

_TYPES = Models(__package__, ".types.transcripts_operator_results")
_MODEL = _TYPES("OperatorResult")
_LIST_PATH = "/v2/Transcripts/{0}/OperatorResults"
_INSTANCE_PATH = "/v2/Transcripts/{0}/OperatorResults/{1}"
_LIST: Operation[OperatorResult] = Operation(
    "operator_results.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="operator_results",
    model=_MODEL,
).with_params(P("redacted", "Redacted", QUERY, "boolean"))
_FETCH: Operation[OperatorResult] = Operation(
    "operator_results.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("redacted", "Redacted", QUERY, "boolean"))


class OperatorResultFilters(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class OperatorResultListArgs(OperatorResultFilters, ListArgs): ...


class OperatorResultPageArgs(OperatorResultFilters, PageArgs): ...


class OperatorResultFetchArgs(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class OperatorResultContext(InstanceContext):
    """One OperatorResult: ``/v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(OperatorResultFetchArgs)
    """Fetch this OperatorResult: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}``."""


class OperatorResultList(KeyedList[OperatorResultContext]):
    """OperatorResult collection: ``/v2/Transcripts/{TranscriptSid}/OperatorResults``."""

    __slots__ = ()
    _key = ("OperatorSid", "operator_sid", "^LY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(OperatorResultListArgs)
    """List OperatorResult resources: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(OperatorResultListArgs)
    """Stream OperatorResult resources: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``; one page in memory at a time."""
    page = _LIST.page_method(OperatorResultPageArgs)
    """One page of OperatorResult resources: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``; ``next_page()`` moves on."""
