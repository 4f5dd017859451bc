# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsHrsPrefixes resources (``dialing_permissions.countries.highrisk_special_prefixes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.dialing_permissions_countries_highrisk_special_prefixes import (
        DialingPermissionsHrsPrefixes,
    )

_TYPES = Models(__package__, ".types.dialing_permissions_countries_highrisk_special_prefixes")
_MODEL = _TYPES("DialingPermissionsHrsPrefixes")
_LIST_PATH = "/v1/DialingPermissions/Countries/{0}/HighRiskSpecialPrefixes"
_LIST: Operation[DialingPermissionsHrsPrefixes] = Operation(
    "highrisk_special_prefixes.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="content",
    model=_MODEL,
)


class DialingPermissionsHrsPrefixesList(ListResource):
    """DialingPermissionsHrsPrefixes collection: ``/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List DialingPermissionsHrsPrefixes resources: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream DialingPermissionsHrsPrefixes resources: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of DialingPermissionsHrsPrefixes resources: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``; ``next_page()`` moves on."""
