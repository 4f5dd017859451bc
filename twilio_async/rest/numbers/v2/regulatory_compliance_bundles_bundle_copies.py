# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""BundleCopy resources (``regulatory_compliance.bundles.bundle_copies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.regulatory_compliance_bundles_bundle_copies import BundleCopy

_TYPES = Models(__package__, ".types.regulatory_compliance_bundles_bundle_copies")
_MODEL = _TYPES("BundleCopy")
_LIST_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/Copies"
_CREATE: Operation[BundleCopy] = Operation(
    "bundle_copies.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_LIST: Operation[BundleCopy] = Operation(
    "bundle_copies.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)


class BundleCopyCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class BundleCopyList(ListResource):
    """BundleCopy collection: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies``."""

    __slots__ = ()
    create = _CREATE.call_method(BundleCopyCreateArgs)
    """Create a BundleCopy: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies``."""
    list = _LIST.list_method(ListArgs)
    """List BundleCopy resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream BundleCopy resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of BundleCopy resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies``; ``next_page()`` moves on."""
