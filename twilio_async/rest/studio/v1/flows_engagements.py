# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Engagement resources (``flows.engagements``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    from .flows_engagements_engagement_context import EngagementContextList
    from .flows_engagements_steps import StepList
    from .types.flows_engagements import Engagement

_TYPES = Models(__package__, ".types.flows_engagements")
_MODEL = _TYPES("Engagement")
_LIST_PATH = "/v1/Flows/{0}/Engagements"
_INSTANCE_PATH = "/v1/Flows/{0}/Engagements/{1}"
_CREATE: Operation[Engagement] = Operation(
    "engagements.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("from_", "From", FORM, "string", required=True),
    P("parameters", "Parameters", FORM, "object"),
)
_LIST: Operation[Engagement] = Operation(
    "engagements.list", "GET", _LIST_PATH, body="none", list_key="engagements", model=_MODEL
)
_FETCH: Operation[Engagement] = Operation(
    "engagements.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("engagements.delete", "DELETE", _INSTANCE_PATH, body="none")


class EngagementCreateArgs(Args):
    to: str
    from_: str
    parameters: Any | NotGiven = NOT_GIVEN


class EngagementInstanceContext(InstanceContext):
    """One Engagement: ``/v1/Flows/{FlowSid}/Engagements/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Engagement: ``GET /v1/Flows/{FlowSid}/Engagements/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Engagement

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this Engagement: ``GET /v1/Flows/{FlowSid}/Engagements/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Engagement

    Twilio docs: https://www.twilio.com/docs/studio
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Engagement: ``DELETE /v1/Flows/{FlowSid}/Engagements/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Delete this Engagement: ``DELETE /v1/Flows/{FlowSid}/Engagements/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    engagement_context: Child[EngagementContextList] = Child(
        ".flows_engagements_engagement_context", "EngagementContextList"
    )
    steps: Child[StepList] = Child(".flows_engagements_steps", "StepList")


class EngagementList(KeyedList[EngagementInstanceContext]):
    """Engagement collection: ``/v1/Flows/{FlowSid}/Engagements``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        EngagementCreateArgs,
        """Create a Engagement: ``POST /v1/Flows/{FlowSid}/Engagements``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        from_ (str): ``From``; phone-number; required.
        parameters (Any): ``Parameters``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Engagement

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Create a Engagement: ``POST /v1/Flows/{FlowSid}/Engagements``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        from_ (str): ``From``; phone-number; required.
        parameters (Any): ``Parameters``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Engagement

    Twilio docs: https://www.twilio.com/docs/studio
    """
    list = _LIST.list_method(
        ListArgs,
        """List Engagement resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Engagements``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Engagement]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List Engagement resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Engagements``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Engagement]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Engagement resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Engagements``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Engagement.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream Engagement resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Engagements``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Engagement.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Engagement resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Engagements``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Engagement]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of Engagement resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Engagements``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Engagement]

    Twilio docs: https://www.twilio.com/docs/studio
    """
