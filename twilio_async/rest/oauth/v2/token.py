# Generated from specs/oauth_v2.yaml by `make codegen`; do not edit.
"""V2Oauth2TokenResponse resources (``token``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, QUERY, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.token import V2Oauth2TokenResponse

_TYPES = Models(__package__, ".types.token")
_MODEL = _TYPES("V2Oauth2TokenResponse")
_LIST_PATH = "/v2/token"
_CREATE: Operation[V2Oauth2TokenResponse] = Operation(
    "token.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("account_sid", "account_sid", QUERY, "string"),
    P("grant_type", "grant_type", FORM, "string"),
    P("client_id", "client_id", FORM, "string"),
    P("client_secret", "client_secret", FORM, "string"),
    P("code", "code", FORM, "string"),
    P("redirect_uri", "redirect_uri", FORM, "string"),
    P("audience", "audience", FORM, "string"),
    P("refresh_token", "refresh_token", FORM, "string"),
    P("scope", "scope", FORM, "string"),
)


class V2Oauth2TokenResponseCreateArgs(Args):
    account_sid: str | NotGiven = NOT_GIVEN
    grant_type: str | NotGiven = NOT_GIVEN
    client_id: str | NotGiven = NOT_GIVEN
    client_secret: str | NotGiven = NOT_GIVEN
    code: str | NotGiven = NOT_GIVEN
    redirect_uri: str | NotGiven = NOT_GIVEN
    audience: str | NotGiven = NOT_GIVEN
    refresh_token: str | NotGiven = NOT_GIVEN
    scope: str | NotGiven = NOT_GIVEN


class V2Oauth2TokenResponseList(ListResource):
    """V2Oauth2TokenResponse collection: ``/v2/token``."""

    __slots__ = ()
    create = _CREATE.call_method(
        V2Oauth2TokenResponseCreateArgs,
        """Create a V2Oauth2TokenResponse: ``POST /v2/token``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``account_sid``; string; sent in the query string; optional.
        grant_type (str): ``grant_type``; string; optional.
        client_id (str): ``client_id``; string; optional.
        client_secret (str): ``client_secret``; string; optional.
        code (str): ``code``; string; optional.
        redirect_uri (str): ``redirect_uri``; string; optional.
        audience (str): ``audience``; string; optional.
        refresh_token (str): ``refresh_token``; string; optional.
        scope (str): ``scope``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        V2Oauth2TokenResponse

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a V2Oauth2TokenResponse: ``POST /v2/token``.

    Parameters are sent in the form body unless noted.

    Args:
        account_sid (str): ``account_sid``; string; sent in the query string; optional.
        grant_type (str): ``grant_type``; string; optional.
        client_id (str): ``client_id``; string; optional.
        client_secret (str): ``client_secret``; string; optional.
        code (str): ``code``; string; optional.
        redirect_uri (str): ``redirect_uri``; string; optional.
        audience (str): ``audience``; string; optional.
        refresh_token (str): ``refresh_token``; string; optional.
        scope (str): ``scope``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        V2Oauth2TokenResponse

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
