# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""AvailableAddOnExtension models (``available_add_ons.extensions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..available_add_ons_extensions import AvailableAddOnExtensionContext


class AvailableAddOnExtension(InstanceModel["AvailableAddOnExtensionContext"]):
    """A AvailableAddOnExtension as returned by the API."""

    sid: str | None = None
    available_add_on_sid: str | None = None
    friendly_name: str | None = None
    product_name: str | None = None
    unique_name: str | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AvailableAddOnExtensionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..available_add_ons_extensions import AvailableAddOnExtensionContext  # noqa: F401
    else:
        fetch = FromContext()
