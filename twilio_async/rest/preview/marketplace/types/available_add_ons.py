# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""AvailableAddOn models (``available_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..available_add_ons import AvailableAddOnContext


class AvailableAddOn(InstanceModel["AvailableAddOnContext"]):
    """A AvailableAddOn as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    pricing_type: str | None = None
    configuration_schema: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AvailableAddOnContext.fetch
        extensions: ClassVar = AvailableAddOnContext.extensions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..available_add_ons import AvailableAddOnContext  # noqa: F401
    else:
        fetch = FromContext()
        extensions = FromContext()
