# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ItemAssignment resources (``regulatory_compliance.bundles.item_assignments``)."""

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

if TYPE_CHECKING:
    from .types.regulatory_compliance_bundles_item_assignments import ItemAssignment

_TYPES = Models(__package__, ".types.regulatory_compliance_bundles_item_assignments")
_MODEL = _TYPES("ItemAssignment")
_LIST_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/ItemAssignments"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/ItemAssignments/{1}"
_CREATE: Operation[ItemAssignment] = Operation(
    "item_assignments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("object_sid", "ObjectSid", FORM, "string", required=True))
_LIST: Operation[ItemAssignment] = Operation(
    "item_assignments.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[ItemAssignment] = Operation(
    "item_assignments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "item_assignments.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ItemAssignmentCreateArgs(Args):
    object_sid: str


class ItemAssignmentContext(InstanceContext):
    """One ItemAssignment: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ItemAssignment: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ItemAssignment: ``DELETE /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``; returns True."""


class ItemAssignmentList(KeyedList[ItemAssignmentContext]):
    """ItemAssignment collection: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BV[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ItemAssignmentCreateArgs)
    """Create a ItemAssignment: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``."""
    list = _LIST.list_method(ListArgs)
    """List ItemAssignment resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ItemAssignment resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ItemAssignment resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``; ``next_page()`` moves on."""
