# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""AssistantWithToolsAndKnowledge resources (``assistants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
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
    from .assistants_assistants_knowledge import KnowledgeByAssistantList
    from .assistants_assistants_tools import ToolList
    from .assistants_feedbacks import FeedbackList
    from .assistants_messages import AssistantSendMessageResponseList
    from .types.assistants import AssistantWithToolsAndKnowledge

_TYPES = Models(__package__, ".types.assistants")
_MODEL = _TYPES("AssistantWithToolsAndKnowledge")
_LIST_PATH = "/v1/Assistants"
_INSTANCE_PATH = "/v1/Assistants/{0}"
_CREATE: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("customer_ai", "customer_ai", JSON, "object"),
    P("name", "name", JSON, "string", required=True),
    P("owner", "owner", JSON, "string"),
    P("personality_prompt", "personality_prompt", JSON, "string"),
    P("segment_credential", "segment_credential", JSON, "object"),
)
_LIST: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.list", "GET", _LIST_PATH, body="none", list_key="assistants", model=_MODEL
)
_FETCH: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[AssistantWithToolsAndKnowledge] = Operation(
    "assistants.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("customer_ai", "customer_ai", JSON, "object"),
    P("name", "name", JSON, "string"),
    P("owner", "owner", JSON, "string"),
    P("personality_prompt", "personality_prompt", JSON, "string"),
    P("segment_credential", "segment_credential", JSON, "object"),
)
_DELETE: Operation[None] = Operation("assistants.delete", "DELETE", _INSTANCE_PATH, body="none")


class AssistantWithToolsAndKnowledgeCreateArgs(Args):
    customer_ai: Any | NotGiven = NOT_GIVEN
    name: str
    owner: str | NotGiven = NOT_GIVEN
    personality_prompt: str | NotGiven = NOT_GIVEN
    segment_credential: Any | NotGiven = NOT_GIVEN


class AssistantWithToolsAndKnowledgeUpdateArgs(Args):
    customer_ai: Any | NotGiven = NOT_GIVEN
    name: str | NotGiven = NOT_GIVEN
    owner: str | NotGiven = NOT_GIVEN
    personality_prompt: str | NotGiven = NOT_GIVEN
    segment_credential: Any | NotGiven = NOT_GIVEN


class AssistantWithToolsAndKnowledgeContext(InstanceContext):
    """One AssistantWithToolsAndKnowledge: ``/v1/Assistants/{id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AssistantWithToolsAndKnowledge: ``GET /v1/Assistants/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssistantWithToolsAndKnowledge

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AssistantWithToolsAndKnowledge: ``GET /v1/Assistants/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssistantWithToolsAndKnowledge

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        AssistantWithToolsAndKnowledgeUpdateArgs,
        """Update this AssistantWithToolsAndKnowledge: ``PUT /v1/Assistants/{id}``.

    The instance is addressed by ``{id}``.

    Parameters are sent in the JSON body unless noted.

    Args:
        customer_ai (Any): ``customer_ai``; object; optional.
        name (str): ``name``; string; optional.
        owner (str): ``owner``; string; optional.
        personality_prompt (str): ``personality_prompt``; string; optional.
        segment_credential (Any): ``segment_credential``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssistantWithToolsAndKnowledge

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this AssistantWithToolsAndKnowledge: ``PUT /v1/Assistants/{id}``.

    The instance is addressed by ``{id}``.

    Parameters are sent in the JSON body unless noted.

    Args:
        customer_ai (Any): ``customer_ai``; object; optional.
        name (str): ``name``; string; optional.
        owner (str): ``owner``; string; optional.
        personality_prompt (str): ``personality_prompt``; string; optional.
        segment_credential (Any): ``segment_credential``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssistantWithToolsAndKnowledge

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this AssistantWithToolsAndKnowledge: ``DELETE /v1/Assistants/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this AssistantWithToolsAndKnowledge: ``DELETE /v1/Assistants/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    assistants_knowledge: Child[KnowledgeByAssistantList] = Child(
        ".assistants_assistants_knowledge", "KnowledgeByAssistantList"
    )
    assistants_tools: Child[ToolList] = Child(".assistants_assistants_tools", "ToolList")
    feedbacks: Child[FeedbackList] = Child(".assistants_feedbacks", "FeedbackList")
    messages: Child[AssistantSendMessageResponseList] = Child(
        ".assistants_messages", "AssistantSendMessageResponseList"
    )


class AssistantWithToolsAndKnowledgeList(KeyedList[AssistantWithToolsAndKnowledgeContext]):
    """AssistantWithToolsAndKnowledge collection: ``/v1/Assistants``."""

    __slots__ = ()
    _key = ("id", "id", None)
    create = _CREATE.call_method(
        AssistantWithToolsAndKnowledgeCreateArgs,
        """Create a AssistantWithToolsAndKnowledge: ``POST /v1/Assistants``.

    Parameters are sent in the JSON body unless noted.

    Args:
        customer_ai (Any): ``customer_ai``; object; optional.
        name (str): ``name``; string; required.
        owner (str): ``owner``; string; optional.
        personality_prompt (str): ``personality_prompt``; string; optional.
        segment_credential (Any): ``segment_credential``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssistantWithToolsAndKnowledge

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a AssistantWithToolsAndKnowledge: ``POST /v1/Assistants``.

    Parameters are sent in the JSON body unless noted.

    Args:
        customer_ai (Any): ``customer_ai``; object; optional.
        name (str): ``name``; string; required.
        owner (str): ``owner``; string; optional.
        personality_prompt (str): ``personality_prompt``; string; optional.
        segment_credential (Any): ``segment_credential``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssistantWithToolsAndKnowledge

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List AssistantWithToolsAndKnowledge resources, every page up to ``limit`` items: ``GET /v1/Assistants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AssistantWithToolsAndKnowledge]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AssistantWithToolsAndKnowledge resources, every page up to ``limit`` items: ``GET /v1/Assistants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AssistantWithToolsAndKnowledge]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AssistantWithToolsAndKnowledge resources, one page in memory at a time: ``GET /v1/Assistants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AssistantWithToolsAndKnowledge.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AssistantWithToolsAndKnowledge resources, one page in memory at a time: ``GET /v1/Assistants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AssistantWithToolsAndKnowledge.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AssistantWithToolsAndKnowledge resources (``next_page()`` moves on): ``GET /v1/Assistants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AssistantWithToolsAndKnowledge]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AssistantWithToolsAndKnowledge resources (``next_page()`` moves on): ``GET /v1/Assistants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AssistantWithToolsAndKnowledge]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
