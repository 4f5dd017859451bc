# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SubscribedEvent resources (``subscriptions.subscribed_events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.subscriptions_subscribed_events import SubscribedEvent

_TYPES = Models(__package__, ".types.subscriptions_subscribed_events")
_MODEL = _TYPES("SubscribedEvent")
_LIST_PATH = "/v1/Subscriptions/{0}/SubscribedEvents"
_INSTANCE_PATH = "/v1/Subscriptions/{0}/SubscribedEvents/{1}"
_CREATE: Operation[SubscribedEvent] = Operation(
    "subscribed_events.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("schema_version", "SchemaVersion", FORM, "integer"),
)
_LIST: Operation[SubscribedEvent] = Operation(
    "subscribed_events.list", "GET", _LIST_PATH, body="none", list_key="types", model=_MODEL
)
_FETCH: Operation[SubscribedEvent] = Operation(
    "subscribed_events.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SubscribedEvent] = Operation(
    "subscribed_events.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("schema_version", "SchemaVersion", FORM, "integer"))
_DELETE: Operation[None] = Operation(
    "subscribed_events.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SubscribedEventCreateArgs(Args):
    type: str
    schema_version: int | NotGiven = NOT_GIVEN


class SubscribedEventUpdateArgs(Args):
    schema_version: int | NotGiven = NOT_GIVEN


class SubscribedEventContext(InstanceContext):
    """One SubscribedEvent: ``/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SubscribedEvent: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``.

    The instance is addressed by ``{Type}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribedEvent

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Fetch this SubscribedEvent: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``.

    The instance is addressed by ``{Type}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribedEvent

    Twilio docs: https://www.twilio.com/docs/events
    """
    update = _UPDATE.call_method(
        SubscribedEventUpdateArgs,
        """Update this SubscribedEvent: ``POST /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``.

    The instance is addressed by ``{Type}``.

    Parameters are sent in the form body unless noted.

    Args:
        schema_version (int): ``SchemaVersion``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribedEvent

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Update this SubscribedEvent: ``POST /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``.

    The instance is addressed by ``{Type}``.

    Parameters are sent in the form body unless noted.

    Args:
        schema_version (int): ``SchemaVersion``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribedEvent

    Twilio docs: https://www.twilio.com/docs/events
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SubscribedEvent: ``DELETE /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``.

    The instance is addressed by ``{Type}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Delete this SubscribedEvent: ``DELETE /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``.

    The instance is addressed by ``{Type}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/events
    """


class SubscribedEventList(KeyedList[SubscribedEventContext]):
    """SubscribedEvent collection: ``/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``."""

    __slots__ = ()
    _key = ("Type", "type", None)
    create = _CREATE.call_method(
        SubscribedEventCreateArgs,
        """Create a SubscribedEvent: ``POST /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Parameters are sent in the form body unless noted.

    Args:
        type (str): ``Type``; string; required.
        schema_version (int): ``SchemaVersion``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribedEvent

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Create a SubscribedEvent: ``POST /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Parameters are sent in the form body unless noted.

    Args:
        type (str): ``Type``; string; required.
        schema_version (int): ``SchemaVersion``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SubscribedEvent

    Twilio docs: https://www.twilio.com/docs/events
    """
    list = _LIST.list_method(
        ListArgs,
        """List SubscribedEvent resources, every page up to ``limit`` items: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SubscribedEvent]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """List SubscribedEvent resources, every page up to ``limit`` items: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SubscribedEvent]

    Twilio docs: https://www.twilio.com/docs/events
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SubscribedEvent resources, one page in memory at a time: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SubscribedEvent.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Stream SubscribedEvent resources, one page in memory at a time: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SubscribedEvent.

    Twilio docs: https://www.twilio.com/docs/events
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SubscribedEvent resources (``next_page()`` moves on): ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SubscribedEvent]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """One page of SubscribedEvent resources (``next_page()`` moves on): ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SubscribedEvent]

    Twilio docs: https://www.twilio.com/docs/events
    """
