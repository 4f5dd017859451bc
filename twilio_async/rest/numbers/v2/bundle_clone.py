# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""BundleClone resources (``bundle_clone``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.bundle_clone import BundleClone

_TYPES = Models(__package__, ".types.bundle_clone")
_MODEL = _TYPES("BundleClone")
_INSTANCE_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/Clones"
_CREATE: Operation[BundleClone] = Operation(
    "bundle_clone.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("target_account_sid", "TargetAccountSid", FORM, "string", required=True),
    P("move_to_draft", "MoveToDraft", FORM, "boolean"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)


class BundleCloneCreateArgs(Args):
    target_account_sid: str
    move_to_draft: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class BundleCloneContext(InstanceContext):
    """One BundleClone: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/Clones``."""

    __slots__ = ()
    create = _CREATE.call_method(BundleCloneCreateArgs)
    """Create a BundleClone: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/Clones``."""


class BundleCloneList(KeyedList[BundleCloneContext]):
    """BundleClone collection."""

    __slots__ = ()
    _key = ("BundleSid", "bundle_sid", "^BU[0-9a-fA-F]{32}$")
