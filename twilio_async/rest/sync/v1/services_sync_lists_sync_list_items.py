# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncListItem resources (``services.sync_lists.sync_list_items``)."""

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
    from .enums import SyncListItemQueryFromBoundType, SyncListItemQueryResultOrder
    from .types.services_sync_lists_sync_list_items import SyncListItem

_TYPES = Models(__package__, ".types.services_sync_lists_sync_list_items")
_MODEL = _TYPES("SyncListItem")
_LIST_PATH = "/v1/Services/{0}/Lists/{1}/Items"
_INSTANCE_PATH = "/v1/Services/{0}/Lists/{1}/Items/{2}"
_CREATE: Operation[SyncListItem] = Operation(
    "sync_list_items.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("data", "Data", FORM, "object", required=True),
    P("ttl", "Ttl", FORM, "integer"),
    P("item_ttl", "ItemTtl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_LIST: Operation[SyncListItem] = Operation(
    "sync_list_items.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(
    P("order", "Order", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("bounds", "Bounds", QUERY, "string"),
)
_FETCH: Operation[SyncListItem] = Operation(
    "sync_list_items.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncListItem] = Operation(
    "sync_list_items.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
    P("item_ttl", "ItemTtl", FORM, "integer"),
    P("collection_ttl", "CollectionTtl", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "sync_list_items.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("if_match", "If-Match", HEADER, "string"))


class SyncListItemCreateArgs(Args):
    data: Any
    ttl: int | NotGiven = NOT_GIVEN
    item_ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListItemFilters(Args):
    order: SyncListItemQueryResultOrder | str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    bounds: SyncListItemQueryFromBoundType | str | NotGiven = NOT_GIVEN


class SyncListItemListArgs(SyncListItemFilters, ListArgs): ...


class SyncListItemPageArgs(SyncListItemFilters, PageArgs): ...


class SyncListItemUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    item_ttl: int | NotGiven = NOT_GIVEN
    collection_ttl: int | NotGiven = NOT_GIVEN


class SyncListItemDeleteArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN


class SyncListItemContext(InstanceContext):
    """One SyncListItem: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SyncListItem: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``.

    The instance is addressed by ``{Index}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListItem

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this SyncListItem: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``.

    The instance is addressed by ``{Index}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListItem

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        SyncListItemUpdateArgs,
        """Update this SyncListItem: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``.

    The instance is addressed by ``{Index}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListItem

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this SyncListItem: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``.

    The instance is addressed by ``{Index}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListItem

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        SyncListItemDeleteArgs,
        """Delete this SyncListItem: ``DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``.

    The instance is addressed by ``{Index}``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this SyncListItem: ``DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}``.

    The instance is addressed by ``{Index}``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """


class SyncListItemList(KeyedList[SyncListItemContext]):
    """SyncListItem collection: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Items``."""

    __slots__ = ()
    _key = ("Index", "index", None)
    create = _CREATE.call_method(
        SyncListItemCreateArgs,
        """Create a SyncListItem: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the form body unless noted.

    Args:
        data (Any): ``Data``; object; required.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListItem

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a SyncListItem: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the form body unless noted.

    Args:
        data (Any): ``Data``; object; required.
        ttl (int): ``Ttl``; integer; optional.
        item_ttl (int): ``ItemTtl``; integer; optional.
        collection_ttl (int): ``CollectionTtl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListItem

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        SyncListItemListArgs,
        """List SyncListItem resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncListItemQueryResultOrder | str): ``Order``; enum:sync_list_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncListItemQueryFromBoundType | str): ``Bounds``; enum:sync_list_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncListItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List SyncListItem resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncListItemQueryResultOrder | str): ``Order``; enum:sync_list_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncListItemQueryFromBoundType | str): ``Bounds``; enum:sync_list_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncListItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        SyncListItemListArgs,
        """Stream SyncListItem resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncListItemQueryResultOrder | str): ``Order``; enum:sync_list_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncListItemQueryFromBoundType | str): ``Bounds``; enum:sync_list_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncListItem.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream SyncListItem resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncListItemQueryResultOrder | str): ``Order``; enum:sync_list_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncListItemQueryFromBoundType | str): ``Bounds``; enum:sync_list_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncListItem.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        SyncListItemPageArgs,
        """One page of SyncListItem resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncListItemQueryResultOrder | str): ``Order``; enum:sync_list_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncListItemQueryFromBoundType | str): ``Bounds``; enum:sync_list_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncListItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of SyncListItem resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items``.

    Parameters are sent in the query string unless noted.

    Args:
        order (SyncListItemQueryResultOrder | str): ``Order``; enum:sync_list_item_query_result_order; one of ``asc``, ``desc``; optional.
        from_ (str): ``From``; string; optional.
        bounds (SyncListItemQueryFromBoundType | str): ``Bounds``; enum:sync_list_item_query_from_bound_type; one of ``inclusive``, ``exclusive``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncListItem]

    Twilio docs: https://www.twilio.com/docs/sync
    """
