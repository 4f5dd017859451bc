# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Step resources (``flows.engagements.steps``)."""

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
    from .flows_engagements_steps_step_context import StepContextList
    from .types.flows_engagements_steps import Step

_TYPES = Models(__package__, ".types.flows_engagements_steps")
_MODEL = _TYPES("Step")
_LIST_PATH = "/v1/Flows/{0}/Engagements/{1}/Steps"
_INSTANCE_PATH = "/v1/Flows/{0}/Engagements/{1}/Steps/{2}"
_LIST: Operation[Step] = Operation(
    "steps.list", "GET", _LIST_PATH, body="none", list_key="steps", model=_MODEL
)
_FETCH: Operation[Step] = Operation("steps.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)


class StepInstanceContext(InstanceContext):
    """One Step: ``/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Step: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Step

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this Step: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Step

    Twilio docs: https://www.twilio.com/docs/studio
    """
    step_context: Child[StepContextList] = Child(
        ".flows_engagements_steps_step_context", "StepContextList"
    )


class StepList(KeyedList[StepInstanceContext]):
    """Step collection: ``/v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FT[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Step resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Step]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List Step resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Step]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Step resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Step.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream Step resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Step.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Step resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Step]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of Step resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Engagements/{EngagementSid}/Steps``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Step]

    Twilio docs: https://www.twilio.com/docs/studio
    """
