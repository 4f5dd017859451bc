# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Transcript resources (``transcripts``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
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
    from .transcripts_encrypted_operator_results import EncryptedOperatorResultsList
    from .transcripts_encrypted_sentences import EncryptedSentencesList
    from .transcripts_media import MediaList
    from .transcripts_operator_results import OperatorResultList
    from .transcripts_sentences import SentenceList
    from .types.transcripts import Transcript

_TYPES = Models(__package__, ".types.transcripts")
_MODEL = _TYPES("Transcript")
_LIST_PATH = "/v2/Transcripts"
_INSTANCE_PATH = "/v2/Transcripts/{0}"
_CREATE: Operation[Transcript] = Operation(
    "transcripts.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("service_sid", "ServiceSid", FORM, "string", required=True),
    P("channel", "Channel", FORM, "object", required=True),
    P("customer_key", "CustomerKey", FORM, "string"),
    P("media_start_time", "MediaStartTime", FORM, "datetime"),
)
_LIST: Operation[Transcript] = Operation(
    "transcripts.list", "GET", _LIST_PATH, body="none", list_key="transcripts", model=_MODEL
).with_params(
    P("service_sid", "ServiceSid", QUERY, "string"),
    P("before_start_time", "BeforeStartTime", QUERY, "string"),
    P("after_start_time", "AfterStartTime", QUERY, "string"),
    P("before_date_created", "BeforeDateCreated", QUERY, "string"),
    P("after_date_created", "AfterDateCreated", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("language_code", "LanguageCode", QUERY, "string"),
    P("source_sid", "SourceSid", QUERY, "string"),
)
_FETCH: Operation[Transcript] = Operation(
    "transcripts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("transcripts.delete", "DELETE", _INSTANCE_PATH, body="none")


class TranscriptCreateArgs(Args):
    service_sid: str
    channel: Any
    customer_key: str | NotGiven = NOT_GIVEN
    media_start_time: datetime | date | str | NotGiven = NOT_GIVEN


class TranscriptFilters(Args):
    service_sid: str | NotGiven = NOT_GIVEN
    before_start_time: str | NotGiven = NOT_GIVEN
    after_start_time: str | NotGiven = NOT_GIVEN
    before_date_created: str | NotGiven = NOT_GIVEN
    after_date_created: str | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN
    source_sid: str | NotGiven = NOT_GIVEN


class TranscriptListArgs(TranscriptFilters, ListArgs): ...


class TranscriptPageArgs(TranscriptFilters, PageArgs): ...


class TranscriptContext(InstanceContext):
    """One Transcript: ``/v2/Transcripts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Transcript: ``GET /v2/Transcripts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^GT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcript

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this Transcript: ``GET /v2/Transcripts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^GT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcript

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Transcript: ``DELETE /v2/Transcripts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^GT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Delete this Transcript: ``DELETE /v2/Transcripts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^GT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    encrypted_operator_results: Child[EncryptedOperatorResultsList] = Child(
        ".transcripts_encrypted_operator_results", "EncryptedOperatorResultsList"
    )
    encrypted_sentences: Child[EncryptedSentencesList] = Child(
        ".transcripts_encrypted_sentences", "EncryptedSentencesList"
    )
    media: Child[MediaList] = Child(".transcripts_media", "MediaList")
    operator_results: Child[OperatorResultList] = Child(
        ".transcripts_operator_results", "OperatorResultList"
    )
    sentences: Child[SentenceList] = Child(".transcripts_sentences", "SentenceList")


class TranscriptList(KeyedList[TranscriptContext]):
    """Transcript collection: ``/v2/Transcripts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^GT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        TranscriptCreateArgs,
        """Create a Transcript: ``POST /v2/Transcripts``.

    Parameters are sent in the form body unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; required.
        channel (Any): ``Channel``; object; required.
        customer_key (str): ``CustomerKey``; string; optional.
        media_start_time (datetime | date | str): ``MediaStartTime``; datetime; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcript

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Create a Transcript: ``POST /v2/Transcripts``.

    Parameters are sent in the form body unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; required.
        channel (Any): ``Channel``; object; required.
        customer_key (str): ``CustomerKey``; string; optional.
        media_start_time (datetime | date | str): ``MediaStartTime``; datetime; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Transcript

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    list = _LIST.list_method(
        TranscriptListArgs,
        """List Transcript resources, every page up to ``limit`` items: ``GET /v2/Transcripts``.

    Parameters are sent in the query string unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; optional.
        before_start_time (str): ``BeforeStartTime``; string; optional.
        after_start_time (str): ``AfterStartTime``; string; optional.
        before_date_created (str): ``BeforeDateCreated``; string; optional.
        after_date_created (str): ``AfterDateCreated``; string; optional.
        status (str): ``Status``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        source_sid (str): ``SourceSid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcript]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List Transcript resources, every page up to ``limit`` items: ``GET /v2/Transcripts``.

    Parameters are sent in the query string unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; optional.
        before_start_time (str): ``BeforeStartTime``; string; optional.
        after_start_time (str): ``AfterStartTime``; string; optional.
        before_date_created (str): ``BeforeDateCreated``; string; optional.
        after_date_created (str): ``AfterDateCreated``; string; optional.
        status (str): ``Status``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        source_sid (str): ``SourceSid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Transcript]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        TranscriptListArgs,
        """Stream Transcript resources, one page in memory at a time: ``GET /v2/Transcripts``.

    Parameters are sent in the query string unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; optional.
        before_start_time (str): ``BeforeStartTime``; string; optional.
        after_start_time (str): ``AfterStartTime``; string; optional.
        before_date_created (str): ``BeforeDateCreated``; string; optional.
        after_date_created (str): ``AfterDateCreated``; string; optional.
        status (str): ``Status``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        source_sid (str): ``SourceSid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcript.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream Transcript resources, one page in memory at a time: ``GET /v2/Transcripts``.

    Parameters are sent in the query string unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; optional.
        before_start_time (str): ``BeforeStartTime``; string; optional.
        after_start_time (str): ``AfterStartTime``; string; optional.
        before_date_created (str): ``BeforeDateCreated``; string; optional.
        after_date_created (str): ``AfterDateCreated``; string; optional.
        status (str): ``Status``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        source_sid (str): ``SourceSid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Transcript.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        TranscriptPageArgs,
        """One page of Transcript resources (``next_page()`` moves on): ``GET /v2/Transcripts``.

    Parameters are sent in the query string unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; optional.
        before_start_time (str): ``BeforeStartTime``; string; optional.
        after_start_time (str): ``AfterStartTime``; string; optional.
        before_date_created (str): ``BeforeDateCreated``; string; optional.
        after_date_created (str): ``AfterDateCreated``; string; optional.
        status (str): ``Status``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        source_sid (str): ``SourceSid``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcript]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of Transcript resources (``next_page()`` moves on): ``GET /v2/Transcripts``.

    Parameters are sent in the query string unless noted.

    Args:
        service_sid (str): ``ServiceSid``; string; matching ``^GA[0-9a-fA-F]{32}$``; optional.
        before_start_time (str): ``BeforeStartTime``; string; optional.
        after_start_time (str): ``AfterStartTime``; string; optional.
        before_date_created (str): ``BeforeDateCreated``; string; optional.
        after_date_created (str): ``AfterDateCreated``; string; optional.
        status (str): ``Status``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        source_sid (str): ``SourceSid``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Transcript]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
