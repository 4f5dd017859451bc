# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncStream resources (``services.sync_streams``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .services_sync_streams_stream_messages import StreamMessageList
    from .types.services_sync_streams import SyncStream

_TYPES = Models(__package__, ".types.services_sync_streams")
_MODEL = _TYPES("SyncStream")
_LIST_PATH = "/v1/Services/{0}/Streams"
_INSTANCE_PATH = "/v1/Services/{0}/Streams/{1}"
_CREATE: Operation[SyncStream] = Operation(
    "sync_streams.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("unique_name", "UniqueName", FORM, "string"), P("ttl", "Ttl", FORM, "integer"))
_LIST: Operation[SyncStream] = Operation(
    "sync_streams.list", "GET", _LIST_PATH, body="none", list_key="streams", model=_MODEL
)
_FETCH: Operation[SyncStream] = Operation(
    "sync_streams.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncStream] = Operation(
    "sync_streams.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("ttl", "Ttl", FORM, "integer"))
_DELETE: Operation[None] = Operation("sync_streams.delete", "DELETE", _INSTANCE_PATH, body="none")


class SyncStreamCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class SyncStreamUpdateArgs(Args):
    ttl: int | NotGiven = NOT_GIVEN


class SyncStreamContext(InstanceContext):
    """One SyncStream: ``/v1/Services/{ServiceSid}/Streams/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SyncStream: ``GET /v1/Services/{ServiceSid}/Streams/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncStream

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this SyncStream: ``GET /v1/Services/{ServiceSid}/Streams/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncStream

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        SyncStreamUpdateArgs,
        """Update this SyncStream: ``POST /v1/Services/{ServiceSid}/Streams/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncStream

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this SyncStream: ``POST /v1/Services/{ServiceSid}/Streams/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncStream

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SyncStream: ``DELETE /v1/Services/{ServiceSid}/Streams/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this SyncStream: ``DELETE /v1/Services/{ServiceSid}/Streams/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream_messages: Child[StreamMessageList] = Child(
        ".services_sync_streams_stream_messages", "StreamMessageList"
    )


class SyncStreamList(KeyedList[SyncStreamContext]):
    """SyncStream collection: ``/v1/Services/{ServiceSid}/Streams``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        SyncStreamCreateArgs,
        """Create a SyncStream: ``POST /v1/Services/{ServiceSid}/Streams``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncStream

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a SyncStream: ``POST /v1/Services/{ServiceSid}/Streams``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncStream

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        ListArgs,
        """List SyncStream resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Streams``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncStream]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List SyncStream resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Streams``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncStream]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SyncStream resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Streams``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncStream.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream SyncStream resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Streams``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncStream.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SyncStream resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Streams``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncStream]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of SyncStream resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Streams``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncStream]

    Twilio docs: https://www.twilio.com/docs/sync
    """
