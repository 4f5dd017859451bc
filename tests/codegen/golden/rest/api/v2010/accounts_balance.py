# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Balance resources (``accounts.balance``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, ListResource, Models, Operation

if TYPE_CHECKING:
    from .types.accounts_balance import Balance

_TYPES = Models(__package__, ".types.accounts_balance")
_MODEL = _TYPES("Balance")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Balance.json"
_FETCH: Operation[Balance] = Operation(
    "balance.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
)


class BalanceList(ListResource):
    """Balance collection: ``/2010-04-01/Accounts/{AccountSid}/Balance.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch the Balance: ``GET /2010-04-01/Accounts/{AccountSid}/Balance.json``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Balance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch the Balance: ``GET /2010-04-01/Accounts/{AccountSid}/Balance.json``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Balance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
