# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SigningKey resources (``accounts.signing_keys``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.accounts_signing_keys import NewSigningKey, SigningKey

_TYPES = Models(__package__, ".types.accounts_signing_keys")
_NEW_SIGNING_KEY = _TYPES("NewSigningKey")
_MODEL = _TYPES("SigningKey")
_LIST_PATH = "/2010-04-01/Accounts/{0}/SigningKeys.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/SigningKeys/{1}.json"
_CREATE: Operation[NewSigningKey] = Operation(
    "signing_keys.create", "POST", _LIST_PATH, body="form", model=_NEW_SIGNING_KEY
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_LIST: Operation[SigningKey] = Operation(
    "signing_keys.list", "GET", _LIST_PATH, body="none", list_key="signing_keys", model=_MODEL
)
_FETCH: Operation[SigningKey] = Operation(
    "signing_keys.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SigningKey] = Operation(
    "signing_keys.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("signing_keys.delete", "DELETE", _INSTANCE_PATH, body="none")


class SigningKeyCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class SigningKeyUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class SigningKeyContext(InstanceContext):
    """One SigningKey: ``/2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SigningKey: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``."""
    update = _UPDATE.call_method(SigningKeyUpdateArgs)
    """Update this SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SigningKey: ``DELETE /2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json``; returns True."""


class SigningKeyList(KeyedList[SigningKeyContext]):
    """SigningKey collection: ``/2010-04-01/Accounts/{AccountSid}/SigningKeys.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^SK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SigningKeyCreateArgs)
    """Create a SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``."""
    list = _LIST.list_method(ListArgs)
    """List SigningKey resources: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SigningKey resources: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SigningKey resources: ``GET /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``; ``next_page()`` moves on."""


class SigningKeyNewSigningKeysList(ListResource):
    """``new_signing_keys``: SigningKey operations as twilio-python mounts them."""

    __slots__ = ()
    create = _CREATE.call_method(SigningKeyCreateArgs)
    """Create a SigningKey: ``POST /2010-04-01/Accounts/{AccountSid}/SigningKeys.json``."""
