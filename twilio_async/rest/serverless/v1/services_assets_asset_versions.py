# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""AssetVersion resources (``services.assets.asset_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.services_assets_asset_versions import AssetVersion

_TYPES = Models(__package__, ".types.services_assets_asset_versions")
_MODEL = _TYPES("AssetVersion")
_LIST_PATH = "/v1/Services/{0}/Assets/{1}/Versions"
_INSTANCE_PATH = "/v1/Services/{0}/Assets/{1}/Versions/{2}"
_LIST: Operation[AssetVersion] = Operation(
    "asset_versions.list", "GET", _LIST_PATH, body="none", list_key="asset_versions", model=_MODEL
)
_FETCH: Operation[AssetVersion] = Operation(
    "asset_versions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AssetVersionContext(InstanceContext):
    """One AssetVersion: ``/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AssetVersion: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}``."""


class AssetVersionList(KeyedList[AssetVersionContext]):
    """AssetVersion collection: ``/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List AssetVersion resources: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AssetVersion resources: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AssetVersion resources: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``; ``next_page()`` moves on."""
