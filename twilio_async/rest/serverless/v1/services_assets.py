# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Asset resources (``services.assets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from .services_assets_asset_versions import AssetVersionList
    from .types.services_assets import Asset

_TYPES = Models(__package__, ".types.services_assets")
_MODEL = _TYPES("Asset")
_LIST_PATH = "/v1/Services/{0}/Assets"
_INSTANCE_PATH = "/v1/Services/{0}/Assets/{1}"
_CREATE: Operation[Asset] = Operation(
    "assets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_LIST: Operation[Asset] = Operation(
    "assets.list", "GET", _LIST_PATH, body="none", list_key="assets", model=_MODEL
)
_FETCH: Operation[Asset] = Operation(
    "assets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Asset] = Operation(
    "assets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("assets.delete", "DELETE", _INSTANCE_PATH, body="none")


class AssetCreateArgs(Args):
    friendly_name: str


class AssetUpdateArgs(Args):
    friendly_name: str


class AssetContext(InstanceContext):
    """One Asset: ``/v1/Services/{ServiceSid}/Assets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Asset: ``GET /v1/Services/{ServiceSid}/Assets/{Sid}``."""
    update = _UPDATE.call_method(AssetUpdateArgs)
    """Update this Asset: ``POST /v1/Services/{ServiceSid}/Assets/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Asset: ``DELETE /v1/Services/{ServiceSid}/Assets/{Sid}``; returns True."""
    asset_versions: Child[AssetVersionList] = Child(
        ".services_assets_asset_versions", "AssetVersionList"
    )


class AssetList(KeyedList[AssetContext]):
    """Asset collection: ``/v1/Services/{ServiceSid}/Assets``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(AssetCreateArgs)
    """Create a Asset: ``POST /v1/Services/{ServiceSid}/Assets``."""
    list = _LIST.list_method(ListArgs)
    """List Asset resources: ``GET /v1/Services/{ServiceSid}/Assets``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Asset resources: ``GET /v1/Services/{ServiceSid}/Assets``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Asset resources: ``GET /v1/Services/{ServiceSid}/Assets``; ``next_page()`` moves on."""
