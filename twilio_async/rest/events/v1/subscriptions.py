# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Subscription resources (``subscriptions``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .subscriptions_subscribed_events import SubscribedEventList
    from .types.subscriptions import Subscription

_TYPES = Models(__package__, ".types.subscriptions")
_MODEL = _TYPES("Subscription")
_LIST_PATH = "/v1/Subscriptions"
_INSTANCE_PATH = "/v1/Subscriptions/{0}"
_CREATE: Operation[Subscription] = Operation(
    "subscriptions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("description", "Description", FORM, "string", required=True),
    P("sink_sid", "SinkSid", FORM, "string", required=True),
    P("types", "Types", FORM, "object", many=True, required=True),
)
_LIST: Operation[Subscription] = Operation(
    "subscriptions.list", "GET", _LIST_PATH, body="none", list_key="subscriptions", model=_MODEL
).with_params(P("sink_sid", "SinkSid", QUERY, "string"))
_FETCH: Operation[Subscription] = Operation(
    "subscriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Subscription] = Operation(
    "subscriptions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("description", "Description", FORM, "string"))
_DELETE: Operation[None] = Operation("subscriptions.delete", "DELETE", _INSTANCE_PATH, body="none")


class SubscriptionCreateArgs(Args):
    description: str
    sink_sid: str
    types: Sequence[Any]


class SubscriptionFilters(Args):
    sink_sid: str | NotGiven = NOT_GIVEN


class SubscriptionListArgs(SubscriptionFilters, ListArgs): ...


class SubscriptionPageArgs(SubscriptionFilters, PageArgs): ...


class SubscriptionUpdateArgs(Args):
    description: str | NotGiven = NOT_GIVEN


class SubscriptionContext(InstanceContext):
    """One Subscription: ``/v1/Subscriptions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Subscription: ``GET /v1/Subscriptions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Subscription

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Fetch this Subscription: ``GET /v1/Subscriptions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Subscription

    Twilio docs: https://www.twilio.com/docs/events
    """
    update = _UPDATE.call_method(
        SubscriptionUpdateArgs,
        """Update this Subscription: ``POST /v1/Subscriptions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DF[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Subscription

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Update this Subscription: ``POST /v1/Subscriptions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DF[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Subscription

    Twilio docs: https://www.twilio.com/docs/events
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Subscription: ``DELETE /v1/Subscriptions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Delete this Subscription: ``DELETE /v1/Subscriptions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/events
    """
    subscribed_events: Child[SubscribedEventList] = Child(
        ".subscriptions_subscribed_events", "SubscribedEventList"
    )


class SubscriptionList(KeyedList[SubscriptionContext]):
    """Subscription collection: ``/v1/Subscriptions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DF[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SubscriptionCreateArgs,
        """Create a Subscription: ``POST /v1/Subscriptions``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; required.
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; required.
        types (Sequence[Any]): ``Types``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Subscription

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Create a Subscription: ``POST /v1/Subscriptions``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; required.
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; required.
        types (Sequence[Any]): ``Types``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Subscription

    Twilio docs: https://www.twilio.com/docs/events
    """
    list = _LIST.list_method(
        SubscriptionListArgs,
        """List Subscription resources, every page up to ``limit`` items: ``GET /v1/Subscriptions``.

    Parameters are sent in the query string unless noted.

    Args:
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Subscription]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """List Subscription resources, every page up to ``limit`` items: ``GET /v1/Subscriptions``.

    Parameters are sent in the query string unless noted.

    Args:
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Subscription]

    Twilio docs: https://www.twilio.com/docs/events
    """
    stream = _LIST.stream_method(
        SubscriptionListArgs,
        """Stream Subscription resources, one page in memory at a time: ``GET /v1/Subscriptions``.

    Parameters are sent in the query string unless noted.

    Args:
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Subscription.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Stream Subscription resources, one page in memory at a time: ``GET /v1/Subscriptions``.

    Parameters are sent in the query string unless noted.

    Args:
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Subscription.

    Twilio docs: https://www.twilio.com/docs/events
    """
    page = _LIST.page_method(
        SubscriptionPageArgs,
        """One page of Subscription resources (``next_page()`` moves on): ``GET /v1/Subscriptions``.

    Parameters are sent in the query string unless noted.

    Args:
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Subscription]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """One page of Subscription resources (``next_page()`` moves on): ``GET /v1/Subscriptions``.

    Parameters are sent in the query string unless noted.

    Args:
        sink_sid (str): ``SinkSid``; string; matching ``^DG[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Subscription]

    Twilio docs: https://www.twilio.com/docs/events
    """
