# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Queue resources (``accounts.queues``)."""

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
    from .accounts_queues_members import MemberList
    from .types.accounts_queues import Queue

_TYPES = Models(__package__, ".types.accounts_queues")
_MODEL = _TYPES("Queue")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Queues.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Queues/{1}.json"
_CREATE: Operation[Queue] = Operation(
    "queues.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("max_size", "MaxSize", FORM, "integer"),
)
_LIST: Operation[Queue] = Operation(
    "queues.list", "GET", _LIST_PATH, body="none", list_key="queues", model=_MODEL
)
_FETCH: Operation[Queue] = Operation(
    "queues.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Queue] = Operation(
    "queues.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"), P("max_size", "MaxSize", FORM, "integer")
)
_DELETE: Operation[None] = Operation("queues.delete", "DELETE", _INSTANCE_PATH, body="none")


class QueueCreateArgs(Args):
    friendly_name: str
    max_size: int | NotGiven = NOT_GIVEN


class QueueUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    max_size: int | NotGiven = NOT_GIVEN


class QueueContext(InstanceContext):
    """One Queue: ``/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Queue: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^QU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Queue

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Queue: ``GET /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^QU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Queue

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        QueueUpdateArgs,
        """Update this Queue: ``POST /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^QU[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        max_size (int): ``MaxSize``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Queue

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Queue: ``POST /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^QU[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        max_size (int): ``MaxSize``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Queue

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Queue: ``DELETE /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^QU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Queue: ``DELETE /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^QU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    members: Child[MemberList] = Child(".accounts_queues_members", "MemberList")


class QueueList(KeyedList[QueueContext]):
    """Queue collection: ``/2010-04-01/Accounts/{AccountSid}/Queues.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^QU[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        QueueCreateArgs,
        """Create a Queue: ``POST /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        max_size (int): ``MaxSize``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Queue

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Queue: ``POST /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        max_size (int): ``MaxSize``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Queue

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List Queue resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Queue]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Queue resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Queue]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Queue resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Queue.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Queue resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Queue.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Queue resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Queue]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Queue resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Queues.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Queue]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
