# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""MessageInteraction resources (``services.sessions.participants.message_interactions``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .types.services_sessions_participants_message_interactions import MessageInteraction

_TYPES = Models(__package__, ".types.services_sessions_participants_message_interactions")
_MODEL = _TYPES("MessageInteraction")
_LIST_PATH = "/v1/Services/{0}/Sessions/{1}/Participants/{2}/MessageInteractions"
_INSTANCE_PATH = "/v1/Services/{0}/Sessions/{1}/Participants/{2}/MessageInteractions/{3}"
_CREATE: Operation[MessageInteraction] = Operation(
    "message_interactions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("body", "Body", FORM, "string"), P("media_url", "MediaUrl", FORM, "string", many=True)
)
_LIST: Operation[MessageInteraction] = Operation(
    "message_interactions.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="interactions",
    model=_MODEL,
)
_FETCH: Operation[MessageInteraction] = Operation(
    "message_interactions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class MessageInteractionCreateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    media_url: Sequence[str] | NotGiven = NOT_GIVEN


class MessageInteractionContext(InstanceContext):
    """One MessageInteraction: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this MessageInteraction: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KI[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessageInteraction

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Fetch this MessageInteraction: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KI[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessageInteraction

    Twilio docs: https://www.twilio.com/docs/proxy
    """


class MessageInteractionList(KeyedList[MessageInteractionContext]):
    """MessageInteraction collection: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^KI[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        MessageInteractionCreateArgs,
        """Create a MessageInteraction: ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        media_url (Sequence[str]): ``MediaUrl``; list<uri>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessageInteraction

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Create a MessageInteraction: ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        media_url (Sequence[str]): ``MediaUrl``; list<uri>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessageInteraction

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    list = _LIST.list_method(
        ListArgs,
        """List MessageInteraction resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[MessageInteraction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """List MessageInteraction resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[MessageInteraction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream MessageInteraction resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of MessageInteraction.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Stream MessageInteraction resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of MessageInteraction.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of MessageInteraction resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[MessageInteraction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """One page of MessageInteraction resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[MessageInteraction]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
