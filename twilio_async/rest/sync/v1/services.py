# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Service resources (``services``)."""

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
    from .services_documents import DocumentList
    from .services_sync_lists import SyncListList
    from .services_sync_maps import SyncMapList
    from .services_sync_streams import SyncStreamList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v1/Services"
_INSTANCE_PATH = "/v1/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("reachability_webhooks_enabled", "ReachabilityWebhooksEnabled", FORM, "boolean"),
    P("acl_enabled", "AclEnabled", FORM, "boolean"),
    P("reachability_debouncing_enabled", "ReachabilityDebouncingEnabled", FORM, "boolean"),
    P("reachability_debouncing_window", "ReachabilityDebouncingWindow", FORM, "integer"),
    P("webhooks_from_rest_enabled", "WebhooksFromRestEnabled", FORM, "boolean"),
)
_LIST: Operation[Service] = Operation(
    "services.list", "GET", _LIST_PATH, body="none", list_key="services", model=_MODEL
)
_FETCH: Operation[Service] = Operation(
    "services.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Service] = Operation(
    "services.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("reachability_webhooks_enabled", "ReachabilityWebhooksEnabled", FORM, "boolean"),
    P("acl_enabled", "AclEnabled", FORM, "boolean"),
    P("reachability_debouncing_enabled", "ReachabilityDebouncingEnabled", FORM, "boolean"),
    P("reachability_debouncing_window", "ReachabilityDebouncingWindow", FORM, "integer"),
    P("webhooks_from_rest_enabled", "WebhooksFromRestEnabled", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    webhook_url: str | NotGiven = NOT_GIVEN
    reachability_webhooks_enabled: bool | NotGiven = NOT_GIVEN
    acl_enabled: bool | NotGiven = NOT_GIVEN
    reachability_debouncing_enabled: bool | NotGiven = NOT_GIVEN
    reachability_debouncing_window: int | NotGiven = NOT_GIVEN
    webhooks_from_rest_enabled: bool | NotGiven = NOT_GIVEN


class ServiceUpdateArgs(Args):
    webhook_url: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    reachability_webhooks_enabled: bool | NotGiven = NOT_GIVEN
    acl_enabled: bool | NotGiven = NOT_GIVEN
    reachability_debouncing_enabled: bool | NotGiven = NOT_GIVEN
    reachability_debouncing_window: int | NotGiven = NOT_GIVEN
    webhooks_from_rest_enabled: bool | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v1/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        webhook_url (str): ``WebhookUrl``; uri; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        reachability_webhooks_enabled (bool): ``ReachabilityWebhooksEnabled``; boolean; optional.
        acl_enabled (bool): ``AclEnabled``; boolean; optional.
        reachability_debouncing_enabled (bool): ``ReachabilityDebouncingEnabled``; boolean; optional.
        reachability_debouncing_window (int): ``ReachabilityDebouncingWindow``; integer; optional.
        webhooks_from_rest_enabled (bool): ``WebhooksFromRestEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        webhook_url (str): ``WebhookUrl``; uri; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        reachability_webhooks_enabled (bool): ``ReachabilityWebhooksEnabled``; boolean; optional.
        acl_enabled (bool): ``AclEnabled``; boolean; optional.
        reachability_debouncing_enabled (bool): ``ReachabilityDebouncingEnabled``; boolean; optional.
        reachability_debouncing_window (int): ``ReachabilityDebouncingWindow``; integer; optional.
        webhooks_from_rest_enabled (bool): ``WebhooksFromRestEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    documents: Child[DocumentList] = Child(".services_documents", "DocumentList")
    sync_lists: Child[SyncListList] = Child(".services_sync_lists", "SyncListList")
    sync_maps: Child[SyncMapList] = Child(".services_sync_maps", "SyncMapList")
    sync_streams: Child[SyncStreamList] = Child(".services_sync_streams", "SyncStreamList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        webhook_url (str): ``WebhookUrl``; uri; optional.
        reachability_webhooks_enabled (bool): ``ReachabilityWebhooksEnabled``; boolean; optional.
        acl_enabled (bool): ``AclEnabled``; boolean; optional.
        reachability_debouncing_enabled (bool): ``ReachabilityDebouncingEnabled``; boolean; optional.
        reachability_debouncing_window (int): ``ReachabilityDebouncingWindow``; integer; optional.
        webhooks_from_rest_enabled (bool): ``WebhooksFromRestEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        webhook_url (str): ``WebhookUrl``; uri; optional.
        reachability_webhooks_enabled (bool): ``ReachabilityWebhooksEnabled``; boolean; optional.
        acl_enabled (bool): ``AclEnabled``; boolean; optional.
        reachability_debouncing_enabled (bool): ``ReachabilityDebouncingEnabled``; boolean; optional.
        reachability_debouncing_window (int): ``ReachabilityDebouncingWindow``; integer; optional.
        webhooks_from_rest_enabled (bool): ``WebhooksFromRestEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        ListArgs,
        """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/sync
    """
