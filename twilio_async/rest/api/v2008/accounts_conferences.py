# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Conference resources (``accounts.conferences``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
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
    from .accounts_conferences_participants import ParticipantList
    from .enums import ConferenceStatus
    from .types.accounts_conferences import Conference

_TYPES = Models(__package__, ".types.accounts_conferences")
_MODEL = _TYPES("Conference")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Conferences"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Conferences/{1}"
_LIST: Operation[Conference] = Operation(
    "conferences.list", "GET", _LIST_PATH, body="none", list_key="Conferences", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "integer"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("date_created", "DateCreated", QUERY, "date"),
    P("date_created_before", "DateCreated<", QUERY, "date"),
    P("date_created_after", "DateCreated>", QUERY, "date"),
    P("date_updated", "DateUpdated", QUERY, "date"),
    P("date_updated_before", "DateUpdated<", QUERY, "date"),
    P("date_updated_after", "DateUpdated>", QUERY, "date"),
)
_FETCH: Operation[Conference] = Operation(
    "conferences.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ConferenceFilters(Args):
    status: ConferenceStatus | int | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    date_created: date | str | NotGiven = NOT_GIVEN
    date_created_before: date | str | NotGiven = NOT_GIVEN
    date_created_after: date | str | NotGiven = NOT_GIVEN
    date_updated: date | str | NotGiven = NOT_GIVEN
    date_updated_before: date | str | NotGiven = NOT_GIVEN
    date_updated_after: date | str | NotGiven = NOT_GIVEN


class ConferenceListArgs(ConferenceFilters, ListArgs): ...


class ConferencePageArgs(ConferenceFilters, PageArgs): ...


class ConferenceContext(InstanceContext):
    """One Conference: ``/2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Conference: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}``.

    The instance is addressed by ``{ConferenceSid}``, matching ``^CF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conference

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Conference: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}``.

    The instance is addressed by ``{ConferenceSid}``, matching ``^CF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Conference

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    participants: Child[ParticipantList] = Child(
        ".accounts_conferences_participants", "ParticipantList"
    )


class ConferenceList(KeyedList[ConferenceContext]):
    """Conference collection: ``/2008-08-01/Accounts/{AccountSid}/Conferences``."""

    __slots__ = ()
    _key = ("ConferenceSid", "conference_sid", "^CF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ConferenceListArgs,
        """List Conference resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences``.

    Parameters are sent in the query string unless noted.

    Args:
        status (ConferenceStatus | int): ``Status``; enum:conference_status; one of ``0``, ``1``, ``2``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        date_updated (date | str): ``DateUpdated``; date; optional.
        date_updated_before (date | str): ``DateUpdated<``; date; optional.
        date_updated_after (date | str): ``DateUpdated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Conference]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Conference resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences``.

    Parameters are sent in the query string unless noted.

    Args:
        status (ConferenceStatus | int): ``Status``; enum:conference_status; one of ``0``, ``1``, ``2``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        date_updated (date | str): ``DateUpdated``; date; optional.
        date_updated_before (date | str): ``DateUpdated<``; date; optional.
        date_updated_after (date | str): ``DateUpdated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Conference]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ConferenceListArgs,
        """Stream Conference resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences``.

    Parameters are sent in the query string unless noted.

    Args:
        status (ConferenceStatus | int): ``Status``; enum:conference_status; one of ``0``, ``1``, ``2``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        date_updated (date | str): ``DateUpdated``; date; optional.
        date_updated_before (date | str): ``DateUpdated<``; date; optional.
        date_updated_after (date | str): ``DateUpdated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Conference.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Conference resources, one page in memory at a time: ``GET /2008-08-01/Accounts/{AccountSid}/Conferences``.

    Parameters are sent in the query string unless noted.

    Args:
        status (ConferenceStatus | int): ``Status``; enum:conference_status; one of ``0``, ``1``, ``2``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        date_updated (date | str): ``DateUpdated``; date; optional.
        date_updated_before (date | str): ``DateUpdated<``; date; optional.
        date_updated_after (date | str): ``DateUpdated>``; date; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Conference.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        ConferencePageArgs,
        """One page of Conference resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Conferences``.

    Parameters are sent in the query string unless noted.

    Args:
        status (ConferenceStatus | int): ``Status``; enum:conference_status; one of ``0``, ``1``, ``2``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        date_updated (date | str): ``DateUpdated``; date; optional.
        date_updated_before (date | str): ``DateUpdated<``; date; optional.
        date_updated_after (date | str): ``DateUpdated>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Conference]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Conference resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts/{AccountSid}/Conferences``.

    Parameters are sent in the query string unless noted.

    Args:
        status (ConferenceStatus | int): ``Status``; enum:conference_status; one of ``0``, ``1``, ``2``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        date_created (date | str): ``DateCreated``; date; optional.
        date_created_before (date | str): ``DateCreated<``; date; optional.
        date_created_after (date | str): ``DateCreated>``; date; optional.
        date_updated (date | str): ``DateUpdated``; date; optional.
        date_updated_before (date | str): ``DateUpdated<``; date; optional.
        date_updated_after (date | str): ``DateUpdated>``; date; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Conference]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
