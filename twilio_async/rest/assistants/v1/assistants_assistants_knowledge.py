# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""KnowledgeByAssistant resources (``assistants.assistants_knowledge``)."""

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
    from .types.assistants_assistants_knowledge import KnowledgeByAssistant

_TYPES = Models(__package__, ".types.assistants_assistants_knowledge")
_MODEL = _TYPES("KnowledgeByAssistant")
_LIST_PATH = "/v1/Assistants/{0}/Knowledge"
_INSTANCE_PATH = "/v1/Assistants/{0}/Knowledge/{1}"
_LIST: Operation[KnowledgeByAssistant] = Operation(
    "assistants_knowledge.list", "GET", _LIST_PATH, body="none", list_key="knowledge", model=_MODEL
)
_CREATE: Operation[KnowledgeByAssistant] = Operation(
    "assistants_knowledge.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "assistants_knowledge.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class KnowledgeByAssistantContext(InstanceContext):
    """One KnowledgeByAssistant: ``/v1/Assistants/{assistantId}/Knowledge/{id}``."""

    __slots__ = ()
    create = _CREATE.call_method(
        Args,
        """Create a KnowledgeByAssistant: ``POST /v1/Assistants/{assistantId}/Knowledge/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        KnowledgeByAssistant

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a KnowledgeByAssistant: ``POST /v1/Assistants/{assistantId}/Knowledge/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        KnowledgeByAssistant

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this KnowledgeByAssistant: ``DELETE /v1/Assistants/{assistantId}/Knowledge/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this KnowledgeByAssistant: ``DELETE /v1/Assistants/{assistantId}/Knowledge/{id}``.

    The instance is addressed by ``{id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class KnowledgeByAssistantList(KeyedList[KnowledgeByAssistantContext]):
    """KnowledgeByAssistant collection: ``/v1/Assistants/{assistantId}/Knowledge``."""

    __slots__ = ()
    _key = ("id", "id", None)
    list = _LIST.list_method(
        ListArgs,
        """List KnowledgeByAssistant resources, every page up to ``limit`` items: ``GET /v1/Assistants/{assistantId}/Knowledge``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[KnowledgeByAssistant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List KnowledgeByAssistant resources, every page up to ``limit`` items: ``GET /v1/Assistants/{assistantId}/Knowledge``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[KnowledgeByAssistant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream KnowledgeByAssistant resources, one page in memory at a time: ``GET /v1/Assistants/{assistantId}/Knowledge``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of KnowledgeByAssistant.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream KnowledgeByAssistant resources, one page in memory at a time: ``GET /v1/Assistants/{assistantId}/Knowledge``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of KnowledgeByAssistant.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of KnowledgeByAssistant resources (``next_page()`` moves on): ``GET /v1/Assistants/{assistantId}/Knowledge``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[KnowledgeByAssistant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of KnowledgeByAssistant resources (``next_page()`` moves on): ``GET /v1/Assistants/{assistantId}/Knowledge``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[KnowledgeByAssistant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
