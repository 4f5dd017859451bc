# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""api v2010: the version root."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .accounts import AccountContext, AccountList


class V2010(Version):
    """``api`` v2010 (json-2010)."""

    domain = "api"
    dialect_name = "json-2010"
    accounts: Root[AccountList] = Root(".accounts", "AccountList")

    @cached_property
    def account(self) -> AccountContext:
        """The client's own account (``accounts(client.account_sid)``)."""
        return self.accounts(self._host.account_sid)
