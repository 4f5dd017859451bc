# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""VendorOauthAppCreateUpdateResponse resources (``o_auth_apps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.o_auth_apps import VendorOauthAppCreateUpdateResponse

_TYPES = Models(__package__, ".types.o_auth_apps")
_MODEL = _TYPES("VendorOauthAppCreateUpdateResponse")
_LIST_PATH = "/v1/Account/OAuthApps"
_INSTANCE_PATH = "/v1/Account/OAuthApps/{0}"
_CREATE: Operation[VendorOauthAppCreateUpdateResponse] = Operation(
    "o_auth_apps.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("type", "type", JSON, "string"),
    P("friendly_name", "friendly_name", JSON, "string"),
    P("owner_sid", "owner_sid", JSON, "string"),
    P("description", "description", JSON, "string"),
    P("client_sid", "client_sid", JSON, "string"),
    P("policy", "policy", JSON, "object"),
    P("access_token_ttl", "access_token_ttl", JSON, "integer"),
)
_UPDATE: Operation[VendorOauthAppCreateUpdateResponse] = Operation(
    "o_auth_apps.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("type", "type", JSON, "string"),
    P("friendly_name", "friendly_name", JSON, "string"),
    P("description", "description", JSON, "string"),
    P("policy", "policy", JSON, "object"),
    P("access_token_ttl", "access_token_ttl", JSON, "integer"),
)
_DELETE: Operation[None] = Operation("o_auth_apps.delete", "DELETE", _INSTANCE_PATH, body="none")


class VendorOauthAppCreateUpdateResponseCreateArgs(Args):
    type: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    owner_sid: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    client_sid: str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN
    access_token_ttl: int | NotGiven = NOT_GIVEN


class VendorOauthAppCreateUpdateResponseUpdateArgs(Args):
    type: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN
    access_token_ttl: int | NotGiven = NOT_GIVEN


class VendorOauthAppCreateUpdateResponseContext(InstanceContext):
    """One VendorOauthAppCreateUpdateResponse: ``/v1/Account/OAuthApps/{sid}``."""

    __slots__ = ()
    update = _UPDATE.call_method(VendorOauthAppCreateUpdateResponseUpdateArgs)
    """Update this VendorOauthAppCreateUpdateResponse: ``PUT /v1/Account/OAuthApps/{sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this VendorOauthAppCreateUpdateResponse: ``DELETE /v1/Account/OAuthApps/{sid}``; returns True."""


class VendorOauthAppCreateUpdateResponseList(KeyedList[VendorOauthAppCreateUpdateResponseContext]):
    """VendorOauthAppCreateUpdateResponse collection: ``/v1/Account/OAuthApps``."""

    __slots__ = ()
    _key = ("sid", "sid", "^OQ[a-zA-Z0-9]{32}$")
    create = _CREATE.call_method(VendorOauthAppCreateUpdateResponseCreateArgs)
    """Create a VendorOauthAppCreateUpdateResponse: ``POST /v1/Account/OAuthApps``."""
