# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncMap resources (``services.sync_maps``)."""

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
    from .services_sync_maps_sync_map_items import SyncMapItemList
    from .services_sync_maps_sync_map_permissions import SyncMapPermissionList
    from .types.services_sync_maps import SyncMap

_TYPES = Models(__package__, ".types.services_sync_maps")
_MODEL = _TYPES("SyncMap")
_LIST_PATH = "/v1/Services/{0}/Maps"
_INSTANCE_PATH = "/v1/Services/{0}/Maps/{1}"
_CREATE: Operation[SyncMap] = Operation(
    "sync_maps.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("ttl", "Ttl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_LIST: Operation[SyncMap] = Operation(
    "sync_maps.list", "GET", _LIST_PATH, body="none", list_key="maps", model=_MODEL
)
_FETCH: Operation[SyncMap] = Operation(
    "sync_maps.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncMap] = Operation(
    "sync_maps.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("ttl", "Ttl", FORM, "integer"), P("collection_ttl", "CollectionTtl", FORM, "integer")
)
_DELETE: Operation[None] = Operation("sync_maps.delete", "DELETE", _INSTANCE_PATH, body="none")


class SyncMapCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncMapUpdateArgs(Args):
    ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncMapContext(InstanceContext):
    """One SyncMap: ``/v1/Services/{ServiceSid}/Maps/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SyncMap: ``GET /v1/Services/{ServiceSid}/Maps/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMap

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this SyncMap: ``GET /v1/Services/{ServiceSid}/Maps/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMap

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        SyncMapUpdateArgs,
        """Update this SyncMap: ``POST /v1/Services/{ServiceSid}/Maps/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMap

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this SyncMap: ``POST /v1/Services/{ServiceSid}/Maps/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMap

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SyncMap: ``DELETE /v1/Services/{ServiceSid}/Maps/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this SyncMap: ``DELETE /v1/Services/{ServiceSid}/Maps/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    sync_map_items: Child[SyncMapItemList] = Child(
        ".services_sync_maps_sync_map_items", "SyncMapItemList"
    )
    sync_map_permissions: Child[SyncMapPermissionList] = Child(
        ".services_sync_maps_sync_map_permissions", "SyncMapPermissionList"
    )


class SyncMapList(KeyedList[SyncMapContext]):
    """SyncMap collection: ``/v1/Services/{ServiceSid}/Maps``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        SyncMapCreateArgs,
        """Create a SyncMap: ``POST /v1/Services/{ServiceSid}/Maps``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMap

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a SyncMap: ``POST /v1/Services/{ServiceSid}/Maps``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMap

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        ListArgs,
        """List SyncMap resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Maps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncMap]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List SyncMap resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Maps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncMap]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SyncMap resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Maps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncMap.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream SyncMap resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Maps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncMap.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SyncMap resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Maps``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncMap]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of SyncMap resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Maps``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncMap]

    Twilio docs: https://www.twilio.com/docs/sync
    """
