# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Flow resources (``flows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .flows_engagements import EngagementList
    from .flows_executions import ExecutionList
    from .types.flows import Flow

_TYPES = Models(__package__, ".types.flows")
_MODEL = _TYPES("Flow")
_LIST_PATH = "/v1/Flows"
_INSTANCE_PATH = "/v1/Flows/{0}"
_LIST: Operation[Flow] = Operation(
    "flows.list", "GET", _LIST_PATH, body="none", list_key="flows", model=_MODEL
)
_FETCH: Operation[Flow] = Operation("flows.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_DELETE: Operation[None] = Operation("flows.delete", "DELETE", _INSTANCE_PATH, body="none")


class FlowContext(InstanceContext):
    """One Flow: ``/v1/Flows/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Flow: ``GET /v1/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this Flow: ``GET /v1/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Flow: ``DELETE /v1/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Delete this Flow: ``DELETE /v1/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    engagements: Child[EngagementList] = Child(".flows_engagements", "EngagementList")
    executions: Child[ExecutionList] = Child(".flows_executions", "ExecutionList")


class FlowList(KeyedList[FlowContext]):
    """Flow collection: ``/v1/Flows``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FW[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Flow resources, every page up to ``limit`` items: ``GET /v1/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List Flow resources, every page up to ``limit`` items: ``GET /v1/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Flow resources, one page in memory at a time: ``GET /v1/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Flow.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream Flow resources, one page in memory at a time: ``GET /v1/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Flow.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Flow resources (``next_page()`` moves on): ``GET /v1/Flows``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of Flow resources (``next_page()`` moves on): ``GET /v1/Flows``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """
