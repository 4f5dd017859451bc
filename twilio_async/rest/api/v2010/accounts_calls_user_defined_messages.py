# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UserDefinedMessage resources (``accounts.calls.user_defined_messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.accounts_calls_user_defined_messages import UserDefinedMessage

_TYPES = Models(__package__, ".types.accounts_calls_user_defined_messages")
_MODEL = _TYPES("UserDefinedMessage")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/UserDefinedMessages.json"
_CREATE: Operation[UserDefinedMessage] = Operation(
    "user_defined_messages.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("content", "Content", FORM, "string", required=True),
    P("idempotency_key", "IdempotencyKey", FORM, "string"),
)


class UserDefinedMessageCreateArgs(Args):
    content: str
    idempotency_key: str | NotGiven = NOT_GIVEN


class UserDefinedMessageList(ListResource):
    """UserDefinedMessage collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json``."""

    __slots__ = ()
    create = _CREATE.call_method(
        UserDefinedMessageCreateArgs,
        """Create a UserDefinedMessage: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json``.

    Parameters are sent in the form body unless noted.

    Args:
        content (str): ``Content``; string; required.
        idempotency_key (str): ``IdempotencyKey``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserDefinedMessage

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a UserDefinedMessage: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json``.

    Parameters are sent in the form body unless noted.

    Args:
        content (str): ``Content``; string; required.
        idempotency_key (str): ``IdempotencyKey``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserDefinedMessage

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
