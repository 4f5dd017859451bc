# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsCountryBulkUpdate resources (``dialing_permissions.bulk_country_updates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.dialing_permissions_bulk_country_updates import DialingPermissionsCountryBulkUpdate

_TYPES = Models(__package__, ".types.dialing_permissions_bulk_country_updates")
_MODEL = _TYPES("DialingPermissionsCountryBulkUpdate")
_LIST_PATH = "/v1/DialingPermissions/BulkCountryUpdates"
_CREATE: Operation[DialingPermissionsCountryBulkUpdate] = Operation(
    "bulk_country_updates.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("update_request", "UpdateRequest", FORM, "string", required=True))


class DialingPermissionsCountryBulkUpdateCreateArgs(Args):
    update_request: str


class DialingPermissionsCountryBulkUpdateList(ListResource):
    """DialingPermissionsCountryBulkUpdate collection: ``/v1/DialingPermissions/BulkCountryUpdates``."""

    __slots__ = ()
    create = _CREATE.call_method(DialingPermissionsCountryBulkUpdateCreateArgs)
    """Create a DialingPermissionsCountryBulkUpdate: ``POST /v1/DialingPermissions/BulkCountryUpdates``."""
