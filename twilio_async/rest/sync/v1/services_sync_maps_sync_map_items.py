# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncMapItem resources (``services.sync_maps.sync_map_items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import SyncMapItemQueryFromBoundType, SyncMapItemQueryResultOrder
    from .types.services_sync_maps_sync_map_items import SyncMapItem

_TYPES = Models(__package__, ".types.services_sync_maps_sync_map_items")
_MODEL = _TYPES("SyncMapItem")
_LIST_PATH = "/v1/Services/{0}/Maps/{1}/Items"
_INSTANCE_PATH = "/v1/Services/{0}/Maps/{1}/Items/{2}"
_CREATE: Operation[SyncMapItem] = Operation(
    "sync_map_items.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("key", "Key", FORM, "string", required=True),
    P("data", "Data", FORM, "object", required=True),
    P("ttl", "Ttl", FORM, "integer"),
    P("item_ttl", "ItemTtl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_LIST: Operation[SyncMapItem] = Operation(
    "sync_map_items.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(
    P("order", "Order", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("bounds", "Bounds", QUERY, "string"),
)
_FETCH: Operation[SyncMapItem] = Operation(
    "sync_map_items.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncMapItem] = Operation(
    "sync_map_items.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
    P("item_ttl", "ItemTtl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "sync_map_items.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("if_match", "If-Match", HEADER, "string"))


class SyncMapItemCreateArgs(Args):
    key: str
    data: Any
    ttl: int | NotGiven = NOT_GIVEN
    item_ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncMapItemFilters(Args):
    order: SyncMapItemQueryResultOrder | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    bounds: SyncMapItemQueryFromBoundType | str | NotGiven = NOT_GIVEN


class SyncMapItemListArgs(SyncMapItemFilters, ListArgs): ...


class SyncMapItemPageArgs(SyncMapItemFilters, PageArgs): ...


class SyncMapItemUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    item_ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncMapItemDeleteArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN


class SyncMapItemContext(InstanceContext):
    """One SyncMapItem: ``/v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SyncMapItem: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``.

    The instance is addressed by ``{Key}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMapItem

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this SyncMapItem: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``.

    The instance is addressed by ``{Key}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMapItem

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        SyncMapItemUpdateArgs,
        """Update this SyncMapItem: ``POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``.

    The instance is addressed by ``{Key}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMapItem

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this SyncMapItem: ``POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``.

    The instance is addressed by ``{Key}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMapItem

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        SyncMapItemDeleteArgs,
        """Delete this SyncMapItem: ``DELETE /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``.

    The instance is addressed by ``{Key}``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this SyncMapItem: ``DELETE /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}``.

    The instance is addressed by ``{Key}``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """


class SyncMapItemList(KeyedList[SyncMapItemContext]):
    """SyncMapItem collection: ``/v1/Services/{ServiceSid}/Maps/{MapSid}/Items``."""

    __slots__ = ()
    _key = ("Key", "key", None)
    create = _CREATE.call_method(
        SyncMapItemCreateArgs,
        """Create a SyncMapItem: ``POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the form body unless noted.

    Args:
        key (str): ``Key``; string; required.
        data (Any): ``Data``; object; required.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMapItem

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a SyncMapItem: ``POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the form body unless noted.

    Args:
        key (str): ``Key``; string; required.
        data (Any): ``Data``; object; required.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncMapItem

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        SyncMapItemListArgs,
        """List SyncMapItem resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncMapItemQueryResultOrder | str): ``Order``; enum:sync_map_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncMapItemQueryFromBoundType | str): ``Bounds``; enum:sync_map_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncMapItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List SyncMapItem resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncMapItemQueryResultOrder | str): ``Order``; enum:sync_map_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncMapItemQueryFromBoundType | str): ``Bounds``; enum:sync_map_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncMapItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        SyncMapItemListArgs,
        """Stream SyncMapItem resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncMapItemQueryResultOrder | str): ``Order``; enum:sync_map_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncMapItemQueryFromBoundType | str): ``Bounds``; enum:sync_map_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncMapItem.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream SyncMapItem resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncMapItemQueryResultOrder | str): ``Order``; enum:sync_map_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncMapItemQueryFromBoundType | str): ``Bounds``; enum:sync_map_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncMapItem.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        SyncMapItemPageArgs,
        """One page of SyncMapItem resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncMapItemQueryResultOrder | str): ``Order``; enum:sync_map_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncMapItemQueryFromBoundType | str): ``Bounds``; enum:sync_map_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncMapItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of SyncMapItem resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncMapItemQueryResultOrder | str): ``Order``; enum:sync_map_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncMapItemQueryFromBoundType | str): ``Bounds``; enum:sync_map_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncMapItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """
