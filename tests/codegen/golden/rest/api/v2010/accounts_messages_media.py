# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Media resources (``accounts.messages.media``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.accounts_messages_media import Media

_TYPES = Models(__package__, ".types.accounts_messages_media")
_MODEL = _TYPES("Media")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}/Media.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}/Media/{2}.json"
_LIST: Operation[Media] = Operation(
    "media.list", "GET", _LIST_PATH, body="none", list_key="media_list", model=_MODEL
)
_DELETE: Operation[None] = Operation("media.delete", "DELETE", _INSTANCE_PATH, body="none")


class MediaContext(InstanceContext):
    """One Media: ``/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json``."""

    __slots__ = ()
    delete = _DELETE.delete_method(
        Args,
        """Delete this Media: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^ME[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Media: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^ME[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class MediaList(KeyedList[MediaContext]):
    """Media collection: ``/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ME[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Media resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Media]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Media resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Media]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Media resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Media.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Media resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Media.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Media resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Media]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Media resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Media]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
