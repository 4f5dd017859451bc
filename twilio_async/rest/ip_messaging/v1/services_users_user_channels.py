# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""UserChannel resources (``services.users.user_channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.services_users_user_channels import UserChannel

_TYPES = Models(__package__, ".types.services_users_user_channels")
_MODEL = _TYPES("UserChannel")
_LIST_PATH = "/v1/Services/{0}/Users/{1}/Channels"
_LIST: Operation[UserChannel] = Operation(
    "user_channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)


class UserChannelList(ListResource):
    """UserChannel collection: ``/v1/Services/{ServiceSid}/Users/{UserSid}/Channels``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List UserChannel resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List UserChannel resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream UserChannel resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserChannel.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream UserChannel resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserChannel.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of UserChannel resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of UserChannel resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserChannel]

    Twilio docs: https://www.twilio.com/docs/chat
    """
