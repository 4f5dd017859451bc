# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncList resources (``services.sync_lists``)."""

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
    from .services_sync_lists_sync_list_items import SyncListItemList
    from .services_sync_lists_sync_list_permissions import SyncListPermissionList
    from .types.services_sync_lists import SyncList

_TYPES = Models(__package__, ".types.services_sync_lists")
_MODEL = _TYPES("SyncList")
_LIST_PATH = "/v1/Services/{0}/Lists"
_INSTANCE_PATH = "/v1/Services/{0}/Lists/{1}"
_CREATE: Operation[SyncList] = Operation(
    "sync_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("ttl", "Ttl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_LIST: Operation[SyncList] = Operation(
    "sync_lists.list", "GET", _LIST_PATH, body="none", list_key="lists", model=_MODEL
)
_FETCH: Operation[SyncList] = Operation(
    "sync_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncList] = Operation(
    "sync_lists.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("ttl", "Ttl", FORM, "integer"), P("collection_ttl", "CollectionTtl", FORM, "integer")
)
_DELETE: Operation[None] = Operation("sync_lists.delete", "DELETE", _INSTANCE_PATH, body="none")


class SyncListCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListUpdateArgs(Args):
    ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListContext(InstanceContext):
    """One SyncList: ``/v1/Services/{ServiceSid}/Lists/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SyncList: ``GET /v1/Services/{ServiceSid}/Lists/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncList

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this SyncList: ``GET /v1/Services/{ServiceSid}/Lists/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncList

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        SyncListUpdateArgs,
        """Update this SyncList: ``POST /v1/Services/{ServiceSid}/Lists/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncList

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this SyncList: ``POST /v1/Services/{ServiceSid}/Lists/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncList

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SyncList: ``DELETE /v1/Services/{ServiceSid}/Lists/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this SyncList: ``DELETE /v1/Services/{ServiceSid}/Lists/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    sync_list_items: Child[SyncListItemList] = Child(
        ".services_sync_lists_sync_list_items", "SyncListItemList"
    )
    sync_list_permissions: Child[SyncListPermissionList] = Child(
        ".services_sync_lists_sync_list_permissions", "SyncListPermissionList"
    )


class SyncListList(KeyedList[SyncListContext]):
    """SyncList collection: ``/v1/Services/{ServiceSid}/Lists``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        SyncListCreateArgs,
        """Create a SyncList: ``POST /v1/Services/{ServiceSid}/Lists``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncList

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a SyncList: ``POST /v1/Services/{ServiceSid}/Lists``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncList

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        ListArgs,
        """List SyncList resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Lists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncList]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List SyncList resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Lists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncList]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SyncList resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Lists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncList.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream SyncList resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Lists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncList.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SyncList resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Lists``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncList]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of SyncList resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Lists``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncList]

    Twilio docs: https://www.twilio.com/docs/sync
    """
