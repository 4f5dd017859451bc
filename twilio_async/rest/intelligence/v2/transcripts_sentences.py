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
    list = _LIST.list_method(
        SentenceListArgs,
        """List Sentence resources, every page up to ``limit`` items: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        word_timestamps (bool): ``WordTimestamps``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Sentence]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List Sentence resources, every page up to ``limit`` items: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        word_timestamps (bool): ``WordTimestamps``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Sentence]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        SentenceListArgs,
        """Stream Sentence resources, one page in memory at a time: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        word_timestamps (bool): ``WordTimestamps``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Sentence.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream Sentence resources, one page in memory at a time: ``GET /v2/Transcripts/{TranscriptSid}/Sentences``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        word_timestamps (bool): ``WordTimestamps``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Sentence.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        SentencePageArgs,
        """One page of Sentence resources (``next_page()`` moves on): ``GET /v2/Transcripts/{TranscriptSid}/Sentences``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        word_timestamps (bool): ``WordTimestamps``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Sentence]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of Sentence resources (``next_page()`` moves on): ``GET /v2/Transcripts/{TranscriptSid}/Sentences``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        word_timestamps (bool): ``WordTimestamps``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Sentence]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
