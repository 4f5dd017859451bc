# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""The api domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2010 import V2010
    from .v2010.accounts import AccountContext, AccountList
    from .v2010.accounts_balance import BalanceList
    from .v2010.accounts_messages import MessageList


class Api(Domain):
    """The ``api.twilio.com`` domain."""

    @cached_property
    def v2010(self) -> V2010:
        """API version v2010."""
        from .v2010 import V2010

        return V2010(self._host)

    @property
    def account(self) -> AccountContext:
        """``v2010.account`` (twilio-python's domain-level name)."""
        return self.v2010.account

    @property
    def accounts(self) -> AccountList:
        """``v2010.accounts`` (twilio-python's domain-level name)."""
        return self.v2010.accounts

    @property
    def balance(self) -> BalanceList:
        """``v2010.account.balance`` (twilio-python's domain-level name)."""
        return self.v2010.account.balance

    @property
    def messages(self) -> MessageList:
        """``v2010.account.messages`` (twilio-python's domain-level name)."""
        return self.v2010.account.messages
