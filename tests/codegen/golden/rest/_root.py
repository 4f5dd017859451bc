# Generated from specs/ by `make codegen`; do not edit.
"""Client mixin: domains and account shortcuts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._resource import Shortcut

if TYPE_CHECKING:
    from twilio_async._domains import VersionHost

    from .api import Api
    from .api.v2010.accounts import AccountContext
    from .api.v2010.accounts_balance import BalanceList
    from .api.v2010.accounts_messages import MessageList
    from .content import Content
    from .flex_api import FlexApi


class RootResources:
    """Domains and account shortcuts of ``Client`` (``client.api``, ``client.messages``…).

    ``Client`` holds one, built on first use, and forwards these attributes to it.
    """

    def __init__(self, host: VersionHost):
        self._host = host

    @cached_property
    def api(self) -> Api:
        """The ``api.twilio.com`` domain."""
        from .api import Api

        return Api(self._host)

    @cached_property
    def content(self) -> Content:
        """The ``content.twilio.com`` domain."""
        from .content import Content

        return Content(self._host)

    @cached_property
    def flex_api(self) -> FlexApi:
        """The ``flex-api.twilio.com`` domain."""
        from .flex_api import FlexApi

        return FlexApi(self._host)

    @property
    def account(self) -> AccountContext:
        """The client's own account."""
        return self.api.v2010.account

    # ``client.<name>``: the same-named collection of the client's own account.
    balance: Shortcut[BalanceList] = Shortcut()
    messages: Shortcut[MessageList] = Shortcut()
