# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""AssetVersion models (``services.assets.asset_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import AssetVersionVisibility

if TYPE_CHECKING:
    from ..services_assets_asset_versions import AssetVersionContext


class AssetVersion(InstanceModel["AssetVersionContext"]):
    """A AssetVersion as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    asset_sid: str | None = None
    path: str | None = None
    visibility: AssetVersionVisibility | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AssetVersionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_assets_asset_versions import AssetVersionContext  # noqa: F401
    else:
        fetch = FromContext()
