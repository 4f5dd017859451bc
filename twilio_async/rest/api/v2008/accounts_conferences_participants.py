# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Participant resources (``accounts.conferences.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .types.accounts_conferences_participants import Participant

_TYPES = Models(__package__, ".types.accounts_conferences_participants")
_MODEL = _TYPES("Participant")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Conferences/{1}/Participants"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Conferences/{1}/Participants/{2}"
_LIST: Operation[Participant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="Participants", model=_MODEL
).with_params(P("muted", "Muted", QUERY, "boolean"))
_FETCH: Operation[Participant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Participant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("muted", "Muted", FORM, "boolean", required=True))
_DELETE: Operation[None] = Operation("participants.delete", "DELETE", _INSTANCE_PATH, body="none")


class ParticipantFilters(Args):
    muted: bool | NotGiven = NOT_GIVEN


class ParticipantListArgs(ParticipantFilters, ListArgs): ...


class ParticipantPageArgs(ParticipantFilters, PageArgs): ...


class ParticipantUpdateArgs(Args):
    muted: bool


class ParticipantContext(InstanceContext):
    """One Participant: ``/2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Participant: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Participant: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        ParticipantUpdateArgs,
        """Update this Participant: ``POST /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        muted (bool): ``Muted``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Participant: ``POST /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        muted (bool): ``Muted``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Participant: ``DELETE /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Participant: ``DELETE /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}``.

    The instance is addressed by ``{CallSid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ParticipantList(KeyedList[ParticipantContext]):
    """Participant collection: ``/2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``."""

    __slots__ = ()
    _key = ("CallSid", "call_sid", "^CA[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ParticipantListArgs,
        """List Participant resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Participant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Participant resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Participant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ParticipantListArgs,
        """Stream Participant resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Participant.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Participant resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Participant.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        ParticipantPageArgs,
        """One page of Participant resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Participant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Participant resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Participant]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
