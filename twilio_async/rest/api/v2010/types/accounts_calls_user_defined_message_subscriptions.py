# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UserDefinedMessageSubscription models (``accounts.calls.user_defined_message_subscriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_calls_user_defined_message_subscriptions import (
        UserDefinedMessageSubscriptionContext,
    )


class UserDefinedMessageSubscription(InstanceModel["UserDefinedMessageSubscriptionContext"]):
    """A UserDefinedMessageSubscription as returned by the API."""

    account_sid: str | None = None
    call_sid: str | None = None
    sid: str
    date_created: Rfc2822DateTime | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        delete: ClassVar = UserDefinedMessageSubscriptionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_calls_user_defined_message_subscriptions import (
                UserDefinedMessageSubscriptionContext,  # noqa: F401
            )
    else:
        delete = FromContext()
