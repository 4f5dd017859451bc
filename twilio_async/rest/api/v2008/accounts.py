# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Account resources (``accounts``)."""

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
    from .accounts_calls import CallList
    from .accounts_conferences import ConferenceList
    from .accounts_incoming_phone_numbers import IncomingPhoneNumberList
    from .accounts_notifications import NotificationList
    from .accounts_outgoing_caller_ids import OutgoingCallerIdList
    from .accounts_recordings import RecordingList
    from .accounts_sms import SmsList
    from .accounts_transcriptions import AccountTranscriptionList
    from .types.accounts import Account

_TYPES = Models(__package__, ".types.accounts")
_MODEL = _TYPES("Account")
_LIST_PATH = "/2008-08-01/Accounts"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}"
_LIST: Operation[Account] = Operation(
    "accounts.list", "GET", _LIST_PATH, body="none", list_key="Accounts", model=_MODEL
)
_FETCH: Operation[Account] = Operation(
    "accounts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Account] = Operation(
    "accounts.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))


class AccountUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class AccountContext(InstanceContext):
    """One Account: ``/2008-08-01/Accounts/{AccountSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Account: ``GET /2008-08-01/Accounts/{AccountSid}``.

    The instance is addressed by ``{AccountSid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Account: ``GET /2008-08-01/Accounts/{AccountSid}``.

    The instance is addressed by ``{AccountSid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        AccountUpdateArgs,
        """Update this Account: ``POST /2008-08-01/Accounts/{AccountSid}``.

    The instance is addressed by ``{AccountSid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Account: ``POST /2008-08-01/Accounts/{AccountSid}``.

    The instance is addressed by ``{AccountSid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    calls: Child[CallList] = Child(".accounts_calls", "CallList")
    conferences: Child[ConferenceList] = Child(".accounts_conferences", "ConferenceList")
    incoming_phone_numbers: Child[IncomingPhoneNumberList] = Child(
        ".accounts_incoming_phone_numbers", "IncomingPhoneNumberList"
    )
    notifications: Child[NotificationList] = Child(".accounts_notifications", "NotificationList")
    outgoing_caller_ids: Child[OutgoingCallerIdList] = Child(
        ".accounts_outgoing_caller_ids", "OutgoingCallerIdList"
    )
    recordings: Child[RecordingList] = Child(".accounts_recordings", "RecordingList")
    sms: Child[SmsList] = Child(".accounts_sms", "SmsList")
    transcriptions: Child[AccountTranscriptionList] = Child(
        ".accounts_transcriptions", "AccountTranscriptionList"
    )


class AccountList(KeyedList[AccountContext]):
    """Account collection: ``/2008-08-01/Accounts``."""

    __slots__ = ()
    _key = ("AccountSid", "account_sid", "^AC[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Account resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Account resources, every page up to ``limit`` items: ``GET /2008-08-01/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Account resources, one page in memory at a time: ``GET /2008-08-01/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Account.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Account resources, one page in memory at a time: ``GET /2008-08-01/Accounts``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Account.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Account resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Account resources (``next_page()`` moves on): ``GET /2008-08-01/Accounts``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
