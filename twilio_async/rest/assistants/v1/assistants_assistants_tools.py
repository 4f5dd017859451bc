# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Tool resources (``assistants.assistants_tools``)."""

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
    from .types.assistants_assistants_tools import Tool

_TYPES = Models(__package__, ".types.assistants_assistants_tools")
_MODEL = _TYPES("Tool")
_LIST_PATH = "/v1/Assistants/{0}/Tools"
_INSTANCE_PATH = "/v1/Assistants/{0}/Tools/{1}"
_LIST: Operation[Tool] = Operation(
    "assistants_tools.list", "GET", _LIST_PATH, body="none", list_key="tools", model=_MODEL
)
_CREATE: Operation[Tool] = Operation(
    "assistants_tools.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "assistants_tools.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ToolContext(InstanceContext):
    """One Tool: ``/v1/Assistants/{assistantId}/Tools/{id}``."""

    __slots__ = ()
    create = _CREATE.call_method(
        Args,
        """Create a Tool: ``POST /v1/Assistants/{assistantId}/Tools/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Tool

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Tool: ``POST /v1/Assistants/{assistantId}/Tools/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Tool

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Tool: ``DELETE /v1/Assistants/{assistantId}/Tools/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Tool: ``DELETE /v1/Assistants/{assistantId}/Tools/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ToolList(KeyedList[ToolContext]):
    """Tool collection: ``/v1/Assistants/{assistantId}/Tools``."""

    __slots__ = ()
    _key = ("id", "id", None)
    list = _LIST.list_method(
        ListArgs,
        """List Tool resources, every page up to ``limit`` items: ``GET /v1/Assistants/{assistantId}/Tools``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Tool]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Tool resources, every page up to ``limit`` items: ``GET /v1/Assistants/{assistantId}/Tools``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Tool]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Tool resources, one page in memory at a time: ``GET /v1/Assistants/{assistantId}/Tools``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Tool.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Tool resources, one page in memory at a time: ``GET /v1/Assistants/{assistantId}/Tools``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Tool.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Tool resources (``next_page()`` moves on): ``GET /v1/Assistants/{assistantId}/Tools``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Tool]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Tool resources (``next_page()`` moves on): ``GET /v1/Assistants/{assistantId}/Tools``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Tool]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
