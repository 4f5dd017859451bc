# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkerChannel resources (``workspaces.workers.worker_channels``)."""

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
    from .types.workspaces_workers_worker_channels import WorkerChannel

_TYPES = Models(__package__, ".types.workspaces_workers_worker_channels")
_MODEL = _TYPES("WorkerChannel")
_LIST_PATH = "/v1/Workspaces/{0}/Workers/{1}/Channels"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/{1}/Channels/{2}"
_LIST: Operation[WorkerChannel] = Operation(
    "worker_channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)
_FETCH: Operation[WorkerChannel] = Operation(
    "worker_channels.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[WorkerChannel] = Operation(
    "worker_channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("capacity", "Capacity", FORM, "integer"), P("available", "Available", FORM, "boolean")
)


class WorkerChannelUpdateArgs(Args):
    capacity: int | NotGiven = NOT_GIVEN
    available: bool | NotGiven = NOT_GIVEN


class WorkerChannelContext(InstanceContext):
    """One WorkerChannel: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this WorkerChannel: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkerChannel: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        WorkerChannelUpdateArgs,
        """Update this WorkerChannel: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        capacity (int): ``Capacity``; integer; optional.
        available (bool): ``Available``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this WorkerChannel: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        capacity (int): ``Capacity``; integer; optional.
        available (bool): ``Available``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkerChannelList(KeyedList[WorkerChannelContext]):
    """WorkerChannel collection: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List WorkerChannel resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[WorkerChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List WorkerChannel resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[WorkerChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream WorkerChannel resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of WorkerChannel.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream WorkerChannel resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of WorkerChannel.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of WorkerChannel resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[WorkerChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of WorkerChannel resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[WorkerChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
