# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Token resources (``accounts.tokens``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.accounts_tokens import Token

_TYPES = Models(__package__, ".types.accounts_tokens")
_MODEL = _TYPES("Token")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Tokens.json"
_CREATE: Operation[Token] = Operation(
    "tokens.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("ttl", "Ttl", FORM, "integer"))


class TokenCreateArgs(Args):
    ttl: int | NotGiven = NOT_GIVEN


class TokenList(ListResource):
    """Token collection: ``/2010-04-01/Accounts/{AccountSid}/Tokens.json``."""

    __slots__ = ()
    create = _CREATE.call_method(
        TokenCreateArgs,
        """Create a Token: ``POST /2010-04-01/Accounts/{AccountSid}/Tokens.json``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Token

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Token: ``POST /2010-04-01/Accounts/{AccountSid}/Tokens.json``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Token

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
