# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Key resources (``api_key``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.api_key import Key

_TYPES = Models(__package__, ".types.api_key")
_MODEL = _TYPES("Key")
_INSTANCE_PATH = "/v1/Keys/{0}"
_FETCH: Operation[Key] = Operation(
    "api_key.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Key] = Operation(
    "api_key.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"), P("policy", "Policy", FORM, "object")
)
_DELETE: Operation[None] = Operation("api_key.delete", "DELETE", _INSTANCE_PATH, body="none")


class KeyUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN


class KeyContext(InstanceContext):
    """One Key: ``/v1/Keys/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Key: ``GET /v1/Keys/{Sid}``."""
    update = _UPDATE.call_method(KeyUpdateArgs)
    """Update this Key: ``POST /v1/Keys/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Key: ``DELETE /v1/Keys/{Sid}``; returns True."""


class KeyList(KeyedList[KeyContext]):
    """Key collection."""

    __slots__ = ()
    _key = ("Sid", "sid", "^SK[0-9a-fA-F]{32}$")
