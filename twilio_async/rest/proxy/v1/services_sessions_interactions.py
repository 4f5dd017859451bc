# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Interaction resources (``services.sessions.interactions``)."""

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
    from .types.services_sessions_interactions import Interaction

_TYPES = Models(__package__, ".types.services_sessions_interactions")
_MODEL = _TYPES("Interaction")
_LIST_PATH = "/v1/Services/{0}/Sessions/{1}/Interactions"
_INSTANCE_PATH = "/v1/Services/{0}/Sessions/{1}/Interactions/{2}"
_LIST: Operation[Interaction] = Operation(
    "interactions.list", "GET", _LIST_PATH, body="none", list_key="interactions", model=_MODEL
)
_FETCH: Operation[Interaction] = Operation(
    "interactions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("interactions.delete", "DELETE", _INSTANCE_PATH, body="none")


class InteractionContext(InstanceContext):
    """One Interaction: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Interaction: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KI[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Fetch this Interaction: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KI[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Interaction: ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KI[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Delete this Interaction: ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KI[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """


class InteractionList(KeyedList[InteractionContext]):
    """Interaction collection: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^KI[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Interaction resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Interaction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """List Interaction resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Interaction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Interaction resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Interaction.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Stream Interaction resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Interaction.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Interaction resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Interaction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """One page of Interaction resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Interaction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
