# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ReplaceItems resources (``regulatory_compliance.bundles.replace_items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.regulatory_compliance_bundles_replace_items import ReplaceItems

_TYPES = Models(__package__, ".types.regulatory_compliance_bundles_replace_items")
_MODEL = _TYPES("ReplaceItems")
_LIST_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/ReplaceItems"
_CREATE: Operation[ReplaceItems] = Operation(
    "replace_items.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("from_bundle_sid", "FromBundleSid", FORM, "string", required=True))


class ReplaceItemsCreateArgs(Args):
    from_bundle_sid: str


class ReplaceItemsList(ListResource):
    """ReplaceItems collection: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/ReplaceItems``."""

    __slots__ = ()
    create = _CREATE.call_method(ReplaceItemsCreateArgs)
    """Create a ReplaceItems: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/ReplaceItems``."""
