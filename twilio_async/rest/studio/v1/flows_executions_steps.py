# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""ExecutionStep resources (``flows.executions.steps``)."""

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
    from .flows_executions_steps_step_context import ExecutionStepContextList
    from .types.flows_executions_steps import ExecutionStep

_TYPES = Models(__package__, ".types.flows_executions_steps")
_MODEL = _TYPES("ExecutionStep")
_LIST_PATH = "/v1/Flows/{0}/Executions/{1}/Steps"
_INSTANCE_PATH = "/v1/Flows/{0}/Executions/{1}/Steps/{2}"
_LIST: Operation[ExecutionStep] = Operation(
    "steps.list", "GET", _LIST_PATH, body="none", list_key="steps", model=_MODEL
)
_FETCH: Operation[ExecutionStep] = Operation(
    "steps.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ExecutionStepInstanceContext(InstanceContext):
    """One ExecutionStep: ``/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ExecutionStep: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExecutionStep

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this ExecutionStep: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExecutionStep

    Twilio docs: https://www.twilio.com/docs/studio
    """
    step_context: Child[ExecutionStepContextList] = Child(
        ".flows_executions_steps_step_context", "ExecutionStepContextList"
    )


class ExecutionStepList(KeyedList[ExecutionStepInstanceContext]):
    """ExecutionStep collection: ``/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List ExecutionStep resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ExecutionStep]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List ExecutionStep resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ExecutionStep]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ExecutionStep resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ExecutionStep.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream ExecutionStep resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ExecutionStep.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ExecutionStep resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ExecutionStep]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of ExecutionStep resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ExecutionStep]

    Twilio docs: https://www.twilio.com/docs/studio
    """
