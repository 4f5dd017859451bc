# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Participant resources (``services.sessions.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from .services_sessions_participants_message_interactions import MessageInteractionList
    from .types.services_sessions_participants import Participant

_TYPES = Models(__package__, ".types.services_sessions_participants")
_MODEL = _TYPES("Participant")
_LIST_PATH = "/v1/Services/{0}/Sessions/{1}/Participants"
_INSTANCE_PATH = "/v1/Services/{0}/Sessions/{1}/Participants/{2}"
_CREATE: Operation[Participant] = Operation(
    "participants.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identifier", "Identifier", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("proxy_identifier", "ProxyIdentifier", FORM, "string"),
    P("proxy_identifier_sid", "ProxyIdentifierSid", FORM, "string"),
)
_LIST: Operation[Participant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
)
_FETCH: Operation[Participant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("participants.delete", "DELETE", _INSTANCE_PATH, body="none")


class ParticipantCreateArgs(Args):
    identifier: str
    friendly_name: str | NotGiven = NOT_GIVEN
    proxy_identifier: str | NotGiven = NOT_GIVEN
    proxy_identifier_sid: str | NotGiven = NOT_GIVEN


class ParticipantContext(InstanceContext):
    """One Participant: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Participant: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Fetch this Participant: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Participant: ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Delete this Participant: ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    message_interactions: Child[MessageInteractionList] = Child(
        ".services_sessions_participants_message_interactions", "MessageInteractionList"
    )


class ParticipantList(KeyedList[ParticipantContext]):
    """Participant collection: ``/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^KP[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ParticipantCreateArgs,
        """Create a Participant: ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Parameters are sent in the form body unless noted.

    Args:
        identifier (str): ``Identifier``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        proxy_identifier (str): ``ProxyIdentifier``; string; optional.
        proxy_identifier_sid (str): ``ProxyIdentifierSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Create a Participant: ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Parameters are sent in the form body unless noted.

    Args:
        identifier (str): ``Identifier``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        proxy_identifier (str): ``ProxyIdentifier``; string; optional.
        proxy_identifier_sid (str): ``ProxyIdentifierSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    list = _LIST.list_method(
        ListArgs,
        """List Participant resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Participant]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """List Participant resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Participant]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Participant resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Participant.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Stream Participant resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Participant.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Participant resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Participant]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """One page of Participant resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Participant]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
