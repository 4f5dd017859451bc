# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""InstalledAddOnExtension models (``installed_add_ons.extensions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..installed_add_ons_extensions import InstalledAddOnExtensionContext


class InstalledAddOnExtension(InstanceModel["InstalledAddOnExtensionContext"]):
    """A InstalledAddOnExtension as returned by the API."""

    sid: str | None = None
    installed_add_on_sid: str | None = None
    friendly_name: str | None = None
    product_name: str | None = None
    unique_name: str | None = None
    enabled: bool | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InstalledAddOnExtensionContext.fetch
        update: ClassVar = InstalledAddOnExtensionContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..installed_add_ons_extensions import InstalledAddOnExtensionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
