# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""OverridesResponse resources (``phone_numbers.lookup_overrides``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.phone_numbers_lookup_overrides import OverridesResponse

_TYPES = Models(__package__, ".types.phone_numbers_lookup_overrides")
_MODEL = _TYPES("OverridesResponse")
_INSTANCE_PATH = "/v2/PhoneNumbers/{0}/Overrides/{1}"
_CREATE: Operation[OverridesResponse] = Operation(
    "lookup_overrides.create", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(P("line_type", "line_type", JSON, "string"), P("reason", "reason", JSON, "string"))
_FETCH: Operation[OverridesResponse] = Operation(
    "lookup_overrides.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[OverridesResponse] = Operation(
    "lookup_overrides.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(P("line_type", "line_type", JSON, "string"), P("reason", "reason", JSON, "string"))
_DELETE: Operation[None] = Operation(
    "lookup_overrides.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class OverridesResponseCreateArgs(Args):
    line_type: str | NotGiven = NOT_GIVEN
    reason: str | NotGiven = NOT_GIVEN


class OverridesResponseUpdateArgs(Args):
    line_type: str | NotGiven = NOT_GIVEN
    reason: str | NotGiven = NOT_GIVEN


class OverridesResponseContext(InstanceContext):
    """One OverridesResponse: ``/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}``."""

    __slots__ = ()
    create = _CREATE.call_method(OverridesResponseCreateArgs)
    """Create a OverridesResponse: ``POST /v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}``."""
    fetch = _FETCH.call_method(Args)
    """Fetch this OverridesResponse: ``GET /v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}``."""
    update = _UPDATE.call_method(OverridesResponseUpdateArgs)
    """Update this OverridesResponse: ``PUT /v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this OverridesResponse: ``DELETE /v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}``; returns True."""


class OverridesResponseList(KeyedList[OverridesResponseContext]):
    """OverridesResponse collection."""

    __slots__ = ()
    _key = ("Field", "field", None)
