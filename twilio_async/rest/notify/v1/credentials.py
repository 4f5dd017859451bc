# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Credential resources (``credentials``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import CredentialPushService
    from .types.credentials import Credential

_TYPES = Models(__package__, ".types.credentials")
_MODEL = _TYPES("Credential")
_LIST_PATH = "/v1/Credentials"
_INSTANCE_PATH = "/v1/Credentials/{0}"
_CREATE: Operation[Credential] = Operation(
    "credentials.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("certificate", "Certificate", FORM, "string"),
    P("private_key", "PrivateKey", FORM, "string"),
    P("sandbox", "Sandbox", FORM, "boolean"),
    P("api_key", "ApiKey", FORM, "string"),
    P("secret", "Secret", FORM, "string"),
)
_LIST: Operation[Credential] = Operation(
    "credentials.list", "GET", _LIST_PATH, body="none", list_key="credentials", model=_MODEL
)
_FETCH: Operation[Credential] = Operation(
    "credentials.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Credential] = Operation(
    "credentials.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("certificate", "Certificate", FORM, "string"),
    P("private_key", "PrivateKey", FORM, "string"),
    P("sandbox", "Sandbox", FORM, "boolean"),
    P("api_key", "ApiKey", FORM, "string"),
    P("secret", "Secret", FORM, "string"),
)
_DELETE: Operation[None] = Operation("credentials.delete", "DELETE", _INSTANCE_PATH, body="none")


class CredentialCreateArgs(Args):
    type: CredentialPushService | str
    friendly_name: str | NotGiven = NOT_GIVEN
    certificate: str | NotGiven = NOT_GIVEN
    private_key: str | NotGiven = NOT_GIVEN
    sandbox: bool | NotGiven = NOT_GIVEN
    api_key: str | NotGiven = NOT_GIVEN
    secret: str | NotGiven = NOT_GIVEN


class CredentialUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    certificate: str | NotGiven = NOT_GIVEN
    private_key: str | NotGiven = NOT_GIVEN
    sandbox: bool | NotGiven = NOT_GIVEN
    api_key: str | NotGiven = NOT_GIVEN
    secret: str | NotGiven = NOT_GIVEN


class CredentialContext(InstanceContext):
    """One Credential: ``/v1/Credentials/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Credential: ``GET /v1/Credentials/{Sid}``."""
    update = _UPDATE.call_method(CredentialUpdateArgs)
    """Update this Credential: ``POST /v1/Credentials/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Credential: ``DELETE /v1/Credentials/{Sid}``; returns True."""


class CredentialList(KeyedList[CredentialContext]):
    """Credential collection: ``/v1/Credentials``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CredentialCreateArgs)
    """Create a Credential: ``POST /v1/Credentials``."""
    list = _LIST.list_method(ListArgs)
    """List Credential resources: ``GET /v1/Credentials``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Credential resources: ``GET /v1/Credentials``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Credential resources: ``GET /v1/Credentials``; ``next_page()`` moves on."""
