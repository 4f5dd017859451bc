# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskChannel resources (``workspaces.task_channels``)."""

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
    from .types.workspaces_task_channels import TaskChannel

_TYPES = Models(__package__, ".types.workspaces_task_channels")
_MODEL = _TYPES("TaskChannel")
_LIST_PATH = "/v1/Workspaces/{0}/TaskChannels"
_INSTANCE_PATH = "/v1/Workspaces/{0}/TaskChannels/{1}"
_CREATE: Operation[TaskChannel] = Operation(
    "task_channels.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("channel_optimized_routing", "ChannelOptimizedRouting", FORM, "boolean"),
)
_LIST: Operation[TaskChannel] = Operation(
    "task_channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)
_FETCH: Operation[TaskChannel] = Operation(
    "task_channels.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[TaskChannel] = Operation(
    "task_channels.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("channel_optimized_routing", "ChannelOptimizedRouting", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("task_channels.delete", "DELETE", _INSTANCE_PATH, body="none")


class TaskChannelCreateArgs(Args):
    friendly_name: str
    unique_name: str
    channel_optimized_routing: bool | NotGiven = NOT_GIVEN


class TaskChannelUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    channel_optimized_routing: bool | NotGiven = NOT_GIVEN


class TaskChannelContext(InstanceContext):
    """One TaskChannel: ``/v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this TaskChannel: ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this TaskChannel: ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        TaskChannelUpdateArgs,
        """Update this TaskChannel: ``POST /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        channel_optimized_routing (bool): ``ChannelOptimizedRouting``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this TaskChannel: ``POST /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        channel_optimized_routing (bool): ``ChannelOptimizedRouting``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this TaskChannel: ``DELETE /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this TaskChannel: ``DELETE /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class TaskChannelList(KeyedList[TaskChannelContext]):
    """TaskChannel collection: ``/v1/Workspaces/{WorkspaceSid}/TaskChannels``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        TaskChannelCreateArgs,
        """Create a TaskChannel: ``POST /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        unique_name (str): ``UniqueName``; string; required.
        channel_optimized_routing (bool): ``ChannelOptimizedRouting``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a TaskChannel: ``POST /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        unique_name (str): ``UniqueName``; string; required.
        channel_optimized_routing (bool): ``ChannelOptimizedRouting``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TaskChannel

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        ListArgs,
        """List TaskChannel resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TaskChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List TaskChannel resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TaskChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream TaskChannel resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TaskChannel.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream TaskChannel resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TaskChannel.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of TaskChannel resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TaskChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of TaskChannel resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/TaskChannels``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TaskChannel]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
