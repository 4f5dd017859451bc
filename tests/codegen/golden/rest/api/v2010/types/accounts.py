# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Account models (``accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts import AccountContext


class Account(InstanceModel["AccountContext"]):
    """A Account as returned by the API."""

    sid: str
    auth_token: str | None = Field(default=None, repr=False)
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AccountContext.fetch
        balance: ClassVar = AccountContext.balance
        messages: ClassVar = AccountContext.messages

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts import AccountContext  # noqa: F401
    else:
        fetch = FromContext()
        balance = FromContext()
        messages = FromContext()
