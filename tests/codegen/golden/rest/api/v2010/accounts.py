# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Account resources (``accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, Child, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .accounts_balance import BalanceList
    from .accounts_messages import MessageList
    from .types.accounts import Account

_TYPES = Models(__package__, ".types.accounts")
_MODEL = _TYPES("Account")
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}.json"
_FETCH: Operation[Account] = Operation(
    "accounts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


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
    balance: Child[BalanceList] = Child(".accounts_balance", "BalanceList")
    messages: Child[MessageList] = Child(".accounts_messages", "MessageList")


class AccountList(KeyedList[AccountContext]):
    """Account collection: ``/2010-04-01/Accounts.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AC[0-9a-fA-F]{32}$")
