# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Asset models (``services.assets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_assets import AssetContext


class Asset(InstanceModel["AssetContext"]):
    """A Asset as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AssetContext.fetch
        update: ClassVar = AssetContext.update
        delete: ClassVar = AssetContext.delete
        asset_versions: ClassVar = AssetContext.asset_versions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_assets import AssetContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        asset_versions = FromContext()
