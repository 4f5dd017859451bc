# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UserDefinedMessageSubscription resources (``accounts.calls.user_defined_message_subscriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.accounts_calls_user_defined_message_subscriptions import (
        UserDefinedMessageSubscription,
    )

_TYPES = Models(__package__, ".types.accounts_calls_user_defined_message_subscriptions")
_MODEL = _TYPES("UserDefinedMessageSubscription")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/UserDefinedMessageSubscriptions.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/UserDefinedMessageSubscriptions/{2}.json"
_CREATE: Operation[UserDefinedMessageSubscription] = Operation(
    "user_defined_message_subscriptions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("callback", "Callback", FORM, "string", required=True),
    P("idempotency_key", "IdempotencyKey", FORM, "string"),
    P("method", "Method", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "user_defined_message_subscriptions.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class UserDefinedMessageSubscriptionCreateArgs(Args):
    callback: str
    idempotency_key: str | NotGiven = NOT_GIVEN
    method: str | NotGiven = NOT_GIVEN


class UserDefinedMessageSubscriptionContext(InstanceContext):
    """One UserDefinedMessageSubscription: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json``."""

    __slots__ = ()
    delete = _DELETE.delete_method(
        Args,
        """Delete this UserDefinedMessageSubscription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^ZY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this UserDefinedMessageSubscription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^ZY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class UserDefinedMessageSubscriptionList(KeyedList[UserDefinedMessageSubscriptionContext]):
    """UserDefinedMessageSubscription collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZY[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        UserDefinedMessageSubscriptionCreateArgs,
        """Create a UserDefinedMessageSubscription: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json``.

    Parameters are sent in the form body unless noted.

    Args:
        callback (str): ``Callback``; uri; required.
        idempotency_key (str): ``IdempotencyKey``; string; optional.
        method (str): ``Method``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserDefinedMessageSubscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a UserDefinedMessageSubscription: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json``.

    Parameters are sent in the form body unless noted.

    Args:
        callback (str): ``Callback``; uri; required.
        idempotency_key (str): ``IdempotencyKey``; string; optional.
        method (str): ``Method``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserDefinedMessageSubscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
