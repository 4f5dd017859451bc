# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""InstalledAddOn resources (``installed_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
    Child,
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
    from .installed_add_ons_extensions import InstalledAddOnExtensionList
    from .types.installed_add_ons import InstalledAddOn

_TYPES = Models(__package__, ".types.installed_add_ons")
_MODEL = _TYPES("InstalledAddOn")
_LIST_PATH = "/marketplace/InstalledAddOns"
_INSTANCE_PATH = "/marketplace/InstalledAddOns/{0}"
_CREATE: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("available_add_on_sid", "AvailableAddOnSid", FORM, "string", required=True),
    P("accept_terms_of_service", "AcceptTermsOfService", FORM, "boolean", required=True),
    P("configuration", "Configuration", FORM, "object"),
    P("unique_name", "UniqueName", FORM, "string"),
)
_LIST: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="installed_add_ons",
    model=_MODEL,
)
_FETCH: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("configuration", "Configuration", FORM, "object"),
    P("unique_name", "UniqueName", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "installed_add_ons.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class InstalledAddOnCreateArgs(Args):
    available_add_on_sid: str
    accept_terms_of_service: bool
    configuration: Any | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN


class InstalledAddOnUpdateArgs(Args):
    configuration: Any | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN


class InstalledAddOnContext(InstanceContext):
    """One InstalledAddOn: ``/marketplace/InstalledAddOns/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this InstalledAddOn: ``GET /marketplace/InstalledAddOns/{Sid}``."""
    update = _UPDATE.call_method(InstalledAddOnUpdateArgs)
    """Update this InstalledAddOn: ``POST /marketplace/InstalledAddOns/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this InstalledAddOn: ``DELETE /marketplace/InstalledAddOns/{Sid}``; returns True."""
    extensions: Child[InstalledAddOnExtensionList] = Child(
        ".installed_add_ons_extensions", "InstalledAddOnExtensionList"
    )


class InstalledAddOnList(KeyedList[InstalledAddOnContext]):
    """InstalledAddOn collection: ``/marketplace/InstalledAddOns``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(InstalledAddOnCreateArgs)
    """Create a InstalledAddOn: ``POST /marketplace/InstalledAddOns``."""
    list = _LIST.list_method(ListArgs)
    """List InstalledAddOn resources: ``GET /marketplace/InstalledAddOns``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream InstalledAddOn resources: ``GET /marketplace/InstalledAddOns``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of InstalledAddOn resources: ``GET /marketplace/InstalledAddOns``; ``next_page()`` moves on."""
