# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Member resources (``accounts.queues.members``)."""

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
    from .types.accounts_queues_members import Member

_TYPES = Models(__package__, ".types.accounts_queues_members")
_MODEL = _TYPES("Member")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Queues/{1}/Members.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Queues/{1}/Members/{2}.json"
_LIST: Operation[Member] = Operation(
    "members.list", "GET", _LIST_PATH, body="none", list_key="queue_members", model=_MODEL
)
_FETCH: Operation[Member] = Operation(
    "members.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Member] = Operation(
    "members.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("url", "Url", FORM, "string", required=True), P("method", "Method", FORM, "string"))


class MemberUpdateArgs(Args):
    url: str
    method: str | NotGiven = NOT_GIVEN


class MemberContext(InstanceContext):
    """One Member: ``/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Member: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Member: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        MemberUpdateArgs,
        """Update this Member: ``POST /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        url (str): ``Url``; uri; required.
        method (str): ``Method``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Member: ``POST /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        url (str): ``Url``; uri; required.
        method (str): ``Method``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Member

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class MemberList(KeyedList[MemberContext]):
    """Member collection: ``/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``."""

    __slots__ = ()
    _key = ("CallSid", "call_sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List Member resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Member]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Member resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Member]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Member resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Member.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Member resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Member.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Member resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Member]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Member resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Member]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
