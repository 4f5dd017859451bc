# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Account resources (``accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .accounts_addresses import AddressList
    from .accounts_applications import ApplicationList
    from .accounts_authorized_connect_apps import AuthorizedConnectAppList
    from .accounts_available_phone_numbers import AvailablePhoneNumberCountryList
    from .accounts_balance import BalanceList
    from .accounts_calls import CallList
    from .accounts_conferences import ConferenceList
    from .accounts_connect_apps import ConnectAppList
    from .accounts_incoming_phone_numbers import IncomingPhoneNumberList
    from .accounts_keys import KeyList, KeyNewKeysList
    from .accounts_messages import MessageList
    from .accounts_notifications import NotificationInstanceList
    from .accounts_outgoing_caller_ids import (
        OutgoingCallerIdList,
        OutgoingCallerIdValidationRequestsList,
    )
    from .accounts_queues import QueueList
    from .accounts_recordings import RecordingList
    from .accounts_short_codes import ShortCodeList
    from .accounts_signing_keys import SigningKeyList, SigningKeyNewSigningKeysList
    from .accounts_sip import SipList
    from .accounts_tokens import TokenList
    from .accounts_transcriptions import TranscriptionList
    from .accounts_usage import UsageList
    from .enums import AccountStatus
    from .types.accounts import Account

_TYPES = Models(__package__, ".types.accounts")
_MODEL = _TYPES("Account")
_LIST_PATH = "/2010-04-01/Accounts.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}.json"
_CREATE: Operation[Account] = Operation(
    "accounts.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_LIST: Operation[Account] = Operation(
    "accounts.list", "GET", _LIST_PATH, body="none", list_key="accounts", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", QUERY, "string"), P("status", "Status", QUERY, "string")
)
_FETCH: Operation[Account] = Operation(
    "accounts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Account] = Operation(
    "accounts.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"), P("status", "Status", FORM, "string")
)


class AccountCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class AccountFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    status: AccountStatus | str | NotGiven = NOT_GIVEN


class AccountListArgs(AccountFilters, ListArgs): ...


class AccountPageArgs(AccountFilters, PageArgs): ...


class AccountUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    status: AccountStatus | str | NotGiven = NOT_GIVEN


class AccountContext(InstanceContext):
    """One Account: ``/2010-04-01/Accounts/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Account: ``GET /2010-04-01/Accounts/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Account: ``GET /2010-04-01/Accounts/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        AccountUpdateArgs,
        """Update this Account: ``POST /2010-04-01/Accounts/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Account: ``POST /2010-04-01/Accounts/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    addresses: Child[AddressList] = Child(".accounts_addresses", "AddressList")
    applications: Child[ApplicationList] = Child(".accounts_applications", "ApplicationList")
    authorized_connect_apps: Child[AuthorizedConnectAppList] = Child(
        ".accounts_authorized_connect_apps", "AuthorizedConnectAppList"
    )
    available_phone_numbers: Child[AvailablePhoneNumberCountryList] = Child(
        ".accounts_available_phone_numbers", "AvailablePhoneNumberCountryList"
    )
    balance: Child[BalanceList] = Child(".accounts_balance", "BalanceList")
    calls: Child[CallList] = Child(".accounts_calls", "CallList")
    conferences: Child[ConferenceList] = Child(".accounts_conferences", "ConferenceList")
    connect_apps: Child[ConnectAppList] = Child(".accounts_connect_apps", "ConnectAppList")
    incoming_phone_numbers: Child[IncomingPhoneNumberList] = Child(
        ".accounts_incoming_phone_numbers", "IncomingPhoneNumberList"
    )
    keys: Child[KeyList] = Child(".accounts_keys", "KeyList")
    new_keys: Child[KeyNewKeysList] = Child(".accounts_keys", "KeyNewKeysList")
    messages: Child[MessageList] = Child(".accounts_messages", "MessageList")
    notifications: Child[NotificationInstanceList] = Child(
        ".accounts_notifications", "NotificationInstanceList"
    )
    outgoing_caller_ids: Child[OutgoingCallerIdList] = Child(
        ".accounts_outgoing_caller_ids", "OutgoingCallerIdList"
    )
    validation_requests: Child[OutgoingCallerIdValidationRequestsList] = Child(
        ".accounts_outgoing_caller_ids", "OutgoingCallerIdValidationRequestsList"
    )
    queues: Child[QueueList] = Child(".accounts_queues", "QueueList")
    recordings: Child[RecordingList] = Child(".accounts_recordings", "RecordingList")
    short_codes: Child[ShortCodeList] = Child(".accounts_short_codes", "ShortCodeList")
    signing_keys: Child[SigningKeyList] = Child(".accounts_signing_keys", "SigningKeyList")
    new_signing_keys: Child[SigningKeyNewSigningKeysList] = Child(
        ".accounts_signing_keys", "SigningKeyNewSigningKeysList"
    )
    sip: Child[SipList] = Child(".accounts_sip", "SipList")
    tokens: Child[TokenList] = Child(".accounts_tokens", "TokenList")
    transcriptions: Child[TranscriptionList] = Child(
        ".accounts_transcriptions", "TranscriptionList"
    )
    usage: Child[UsageList] = Child(".accounts_usage", "UsageList")


class AccountList(KeyedList[AccountContext]):
    """Account collection: ``/2010-04-01/Accounts.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AccountCreateArgs,
        """Create a Account: ``POST /2010-04-01/Accounts.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Account: ``POST /2010-04-01/Accounts.json``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Account

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        AccountListArgs,
        """List Account resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Account resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        AccountListArgs,
        """Stream Account resources, one page in memory at a time: ``GET /2010-04-01/Accounts.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Account.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Account resources, one page in memory at a time: ``GET /2010-04-01/Accounts.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Account.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        AccountPageArgs,
        """One page of Account resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Account resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        status (AccountStatus | str): ``Status``; enum:account_status; one of ``active``, ``suspended``, ``closed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Account]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
