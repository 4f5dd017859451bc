# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Sentence resources (``transcripts.sentences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.transcripts_sentences import Sentence

_TYPES = Models(__package__, ".types.transcripts_sentences")
_MODEL = _TYPES("Sentence")
_LIST_PATH = "/v2/Transcripts/{0}/Sentences"
_LIST: Operation[Sentence] = Operation(
    "sentences.list", "GET", _LIST_PATH, body="none", list_key="sentences", model=_MODEL
).with_params(
    P("redacted", "Redacted", QUERY, "boolean"),
    P("word_timestamps", "WordTimestamps", QUERY, "boolean"),
)


class SentenceFilters(Args):
    redacted: bool | NotGiven = NOT_GIVEN
    word_timestamps: bool | NotGiven = NOT_GIVEN


class SentenceListArgs(SentenceFilters, ListArgs): ...


class SentencePageArgs(SentenceFilters, PageArgs): ...


class SentenceList(ListResource):
    """Sentence collection: ``/v2/Transcripts/{TranscriptSid}/Sentences``."""

    __slots__ = ()
    list = _LIST.list_method(SentenceListArgs)
    """List Sentence resources: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SentenceListArgs)
    """Stream Sentence resources: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``; one page in memory at a time."""
    page = _LIST.page_method(SentencePageArgs)
    """One page of Sentence resources: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``; ``next_page()`` moves on."""
