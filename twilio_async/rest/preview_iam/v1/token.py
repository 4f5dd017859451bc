# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Token resources (``token``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.token import Token

_TYPES = Models(__package__, ".types.token")
_MODEL = _TYPES("Token")
_LIST_PATH = "/v1/token"
_CREATE: Operation[Token] = Operation(
    "token.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("grant_type", "grant_type", FORM, "string", required=True),
    P("client_id", "client_id", FORM, "string", required=True),
    P("client_secret", "client_secret", FORM, "string"),
    P("code", "code", FORM, "string"),
    P("redirect_uri", "redirect_uri", FORM, "string"),
    P("audience", "audience", FORM, "string"),
    P("refresh_token", "refresh_token", FORM, "string"),
    P("scope", "scope", FORM, "string"),
)


class TokenCreateArgs(Args):
    grant_type: str
    client_id: str
    client_secret: str | NotGiven = NOT_GIVEN
    code: str | NotGiven = NOT_GIVEN
    redirect_uri: str | NotGiven = NOT_GIVEN
    audience: str | NotGiven = NOT_GIVEN
    refresh_token: str | NotGiven = NOT_GIVEN
    scope: str | NotGiven = NOT_GIVEN


class TokenList(ListResource):
    """Token collection: ``/v1/token``."""

    __slots__ = ()
    create = _CREATE.call_method(TokenCreateArgs)
    """Create a Token: ``POST /v1/token``."""
