# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Policy resources (``policies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.policies import Policy

_TYPES = Models(__package__, ".types.policies")
_MODEL = _TYPES("Policy")
_LIST_PATH = "/v1/Policies"
_LIST: Operation[Policy] = Operation(
    "policies.list", "GET", _LIST_PATH, body="none", list_key="policies", model=_MODEL
).with_params(
    P("tool_id", "ToolId", QUERY, "string"), P("knowledge_id", "KnowledgeId", QUERY, "string")
)


class PolicyFilters(Args):
    tool_id: str | NotGiven = NOT_GIVEN
    knowledge_id: str | NotGiven = NOT_GIVEN


class PolicyListArgs(PolicyFilters, ListArgs): ...


class PolicyPageArgs(PolicyFilters, PageArgs): ...


class PolicyList(ListResource):
    """Policy collection: ``/v1/Policies``."""

    __slots__ = ()
    list = _LIST.list_method(
        PolicyListArgs,
        """List Policy resources, every page up to ``limit`` items: ``GET /v1/Policies``.

    Parameters are sent in the query string unless noted.

    Args:
        tool_id (str): ``ToolId``; string; optional.
        knowledge_id (str): ``KnowledgeId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Policy]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Policy resources, every page up to ``limit`` items: ``GET /v1/Policies``.

    Parameters are sent in the query string unless noted.

    Args:
        tool_id (str): ``ToolId``; string; optional.
        knowledge_id (str): ``KnowledgeId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Policy]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        PolicyListArgs,
        """Stream Policy resources, one page in memory at a time: ``GET /v1/Policies``.

    Parameters are sent in the query string unless noted.

    Args:
        tool_id (str): ``ToolId``; string; optional.
        knowledge_id (str): ``KnowledgeId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Policy.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Policy resources, one page in memory at a time: ``GET /v1/Policies``.

    Parameters are sent in the query string unless noted.

    Args:
        tool_id (str): ``ToolId``; string; optional.
        knowledge_id (str): ``KnowledgeId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Policy.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PolicyPageArgs,
        """One page of Policy resources (``next_page()`` moves on): ``GET /v1/Policies``.

    Parameters are sent in the query string unless noted.

    Args:
        tool_id (str): ``ToolId``; string; optional.
        knowledge_id (str): ``KnowledgeId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Policy]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Policy resources (``next_page()`` moves on): ``GET /v1/Policies``.

    Parameters are sent in the query string unless noted.

    Args:
        tool_id (str): ``ToolId``; string; optional.
        knowledge_id (str): ``KnowledgeId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Policy]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
