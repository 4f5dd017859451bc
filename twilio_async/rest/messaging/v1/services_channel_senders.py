# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ChannelSender resources (``services.channel_senders``)."""

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

if TYPE_CHECKING:
    from .types.services_channel_senders import ChannelSender

_TYPES = Models(__package__, ".types.services_channel_senders")
_MODEL = _TYPES("ChannelSender")
_LIST_PATH = "/v1/Services/{0}/ChannelSenders"
_INSTANCE_PATH = "/v1/Services/{0}/ChannelSenders/{1}"
_CREATE: Operation[ChannelSender] = Operation(
    "channel_senders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("sid", "Sid", FORM, "string", required=True))
_LIST: Operation[ChannelSender] = Operation(
    "channel_senders.list", "GET", _LIST_PATH, body="none", list_key="senders", model=_MODEL
)
_FETCH: Operation[ChannelSender] = Operation(
    "channel_senders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "channel_senders.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ChannelSenderCreateArgs(Args):
    sid: str


class ChannelSenderContext(InstanceContext):
    """One ChannelSender: ``/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ChannelSender: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this ChannelSender: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ChannelSender: ``DELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Delete this ChannelSender: ``DELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class ChannelSenderList(KeyedList[ChannelSenderContext]):
    """ChannelSender collection: ``/v1/Services/{MessagingServiceSid}/ChannelSenders``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ChannelSenderCreateArgs,
        """Create a ChannelSender: ``POST /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Parameters are sent in the form body unless noted.

    Args:
        sid (str): ``Sid``; string; matching ``^XE[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a ChannelSender: ``POST /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Parameters are sent in the form body unless noted.

    Args:
        sid (str): ``Sid``; string; matching ``^XE[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ChannelSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        ListArgs,
        """List ChannelSender resources, every page up to ``limit`` items: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ChannelSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List ChannelSender resources, every page up to ``limit`` items: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ChannelSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ChannelSender resources, one page in memory at a time: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ChannelSender.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream ChannelSender resources, one page in memory at a time: ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ChannelSender.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ChannelSender resources (``next_page()`` moves on): ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ChannelSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of ChannelSender resources (``next_page()`` moves on): ``GET /v1/Services/{MessagingServiceSid}/ChannelSenders``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ChannelSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
