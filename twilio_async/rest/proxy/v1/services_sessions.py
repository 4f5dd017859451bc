# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Session resources (``services.sessions``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
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
    from .enums import SessionMode, SessionStatus
    from .services_sessions_interactions import InteractionList
    from .services_sessions_participants import ParticipantList
    from .types.services_sessions import Session

_TYPES = Models(__package__, ".types.services_sessions")
_MODEL = _TYPES("Session")
_LIST_PATH = "/v1/Services/{0}/Sessions"
_INSTANCE_PATH = "/v1/Services/{0}/Sessions/{1}"
_CREATE: Operation[Session] = Operation(
    "sessions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("date_expiry", "DateExpiry", FORM, "datetime"),
    P("ttl", "Ttl", FORM, "integer"),
    P("mode", "Mode", FORM, "string"),
    P("status", "Status", FORM, "string"),
    P("participants", "Participants", FORM, "object", many=True),
)
_LIST: Operation[Session] = Operation(
    "sessions.list", "GET", _LIST_PATH, body="none", list_key="sessions", model=_MODEL
)
_FETCH: Operation[Session] = Operation(
    "sessions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Session] = Operation(
    "sessions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("date_expiry", "DateExpiry", FORM, "datetime"),
    P("ttl", "Ttl", FORM, "integer"),
    P("status", "Status", FORM, "string"),
)
_DELETE: Operation[None] = Operation("sessions.delete", "DELETE", _INSTANCE_PATH, body="none")


class SessionCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    date_expiry: datetime | date | str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    mode: SessionMode | str | NotGiven = NOT_GIVEN
    status: SessionStatus | str | NotGiven = NOT_GIVEN
    participants: Sequence[Any] | NotGiven = NOT_GIVEN


class SessionUpdateArgs(Args):
    date_expiry: datetime | date | str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    status: SessionStatus | str | NotGiven = NOT_GIVEN


class SessionContext(InstanceContext):
    """One Session: ``/v1/Services/{ServiceSid}/Sessions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Session: ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Fetch this Session: ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    update = _UPDATE.call_method(
        SessionUpdateArgs,
        """Update this Session: ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        date_expiry (datetime | date | str): ``DateExpiry``; datetime; optional.
        ttl (int): ``Ttl``; integer; optional.
        status (SessionStatus | str): ``Status``; enum:session_status; one of ``open``, ``in-progress``, ``closed``, ``failed``, ``unknown``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Update this Session: ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        date_expiry (datetime | date | str): ``DateExpiry``; datetime; optional.
        ttl (int): ``Ttl``; integer; optional.
        status (SessionStatus | str): ``Status``; enum:session_status; one of ``open``, ``in-progress``, ``closed``, ``failed``, ``unknown``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Session: ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Delete this Session: ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    interactions: Child[InteractionList] = Child(
        ".services_sessions_interactions", "InteractionList"
    )
    participants: Child[ParticipantList] = Child(
        ".services_sessions_participants", "ParticipantList"
    )


class SessionList(KeyedList[SessionContext]):
    """Session collection: ``/v1/Services/{ServiceSid}/Sessions``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        SessionCreateArgs,
        """Create a Session: ``POST /v1/Services/{ServiceSid}/Sessions``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        date_expiry (datetime | date | str): ``DateExpiry``; datetime; optional.
        ttl (int): ``Ttl``; integer; optional.
        mode (SessionMode | str): ``Mode``; enum:session_mode; one of ``message-only``, ``voice-only``, ``voice-and-message``; optional.
        status (SessionStatus | str): ``Status``; enum:session_status; one of ``open``, ``in-progress``, ``closed``, ``failed``, ``unknown``; optional.
        participants (Sequence[Any]): ``Participants``; list<object>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Create a Session: ``POST /v1/Services/{ServiceSid}/Sessions``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        date_expiry (datetime | date | str): ``DateExpiry``; datetime; optional.
        ttl (int): ``Ttl``; integer; optional.
        mode (SessionMode | str): ``Mode``; enum:session_mode; one of ``message-only``, ``voice-only``, ``voice-and-message``; optional.
        status (SessionStatus | str): ``Status``; enum:session_status; one of ``open``, ``in-progress``, ``closed``, ``failed``, ``unknown``; optional.
        participants (Sequence[Any]): ``Participants``; list<object>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Session

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    list = _LIST.list_method(
        ListArgs,
        """List Session resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Session]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """List Session resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Session]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Session resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Session.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Stream Session resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Sessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Session.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Session resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Session]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """One page of Session resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Sessions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Session]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
