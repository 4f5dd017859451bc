# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""InstalledAddOnExtension resources (``installed_add_ons.extensions``)."""

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
    from .types.installed_add_ons_extensions import InstalledAddOnExtension

_TYPES = Models(__package__, ".types.installed_add_ons_extensions")
_MODEL = _TYPES("InstalledAddOnExtension")
_LIST_PATH = "/marketplace/InstalledAddOns/{0}/Extensions"
_INSTANCE_PATH = "/marketplace/InstalledAddOns/{0}/Extensions/{1}"
_LIST: Operation[InstalledAddOnExtension] = Operation(
    "extensions.list", "GET", _LIST_PATH, body="none", list_key="extensions", model=_MODEL
)
_FETCH: Operation[InstalledAddOnExtension] = Operation(
    "extensions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[InstalledAddOnExtension] = Operation(
    "extensions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("enabled", "Enabled", FORM, "boolean", required=True))


class InstalledAddOnExtensionUpdateArgs(Args):
    enabled: bool


class InstalledAddOnExtensionContext(InstanceContext):
    """One InstalledAddOnExtension: ``/marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this InstalledAddOnExtension: ``GET /marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``."""
    update = _UPDATE.call_method(InstalledAddOnExtensionUpdateArgs)
    """Update this InstalledAddOnExtension: ``POST /marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``."""


class InstalledAddOnExtensionList(KeyedList[InstalledAddOnExtensionContext]):
    """InstalledAddOnExtension collection: ``/marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List InstalledAddOnExtension resources: ``GET /marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream InstalledAddOnExtension resources: ``GET /marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of InstalledAddOnExtension resources: ``GET /marketplace/InstalledAddOns/{InstalledAddOnSid}/Extensions``; ``next_page()`` moves on."""
