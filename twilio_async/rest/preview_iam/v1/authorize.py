# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Authorize resources (``authorize``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.authorize import Authorize

_TYPES = Models(__package__, ".types.authorize")
_MODEL = _TYPES("Authorize")
_LIST_PATH = "/v1/authorize"
_FETCH: Operation[Authorize] = Operation(
    "authorize.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
).with_params(
    P("response_type", "response_type", QUERY, "string"),
    P("client_id", "client_id", QUERY, "string"),
    P("redirect_uri", "redirect_uri", QUERY, "string"),
    P("scope", "scope", QUERY, "string"),
    P("state", "state", QUERY, "string"),
)


class AuthorizeFetchArgs(Args):
    response_type: str | NotGiven = NOT_GIVEN
    client_id: str | NotGiven = NOT_GIVEN
    redirect_uri: str | NotGiven = NOT_GIVEN
    scope: str | NotGiven = NOT_GIVEN
    state: str | NotGiven = NOT_GIVEN


class AuthorizeList(ListResource):
    """Authorize collection: ``/v1/authorize``."""

    __slots__ = ()
    fetch = _FETCH.call_method(AuthorizeFetchArgs)
    """Fetch the Authorize: ``GET /v1/authorize``."""
