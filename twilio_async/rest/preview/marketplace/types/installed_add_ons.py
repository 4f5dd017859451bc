# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""InstalledAddOn models (``installed_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..installed_add_ons import InstalledAddOnContext


class InstalledAddOn(InstanceModel["InstalledAddOnContext"]):
    """A InstalledAddOn as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    configuration: Any | None = None
    unique_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InstalledAddOnContext.fetch
        update: ClassVar = InstalledAddOnContext.update
        delete: ClassVar = InstalledAddOnContext.delete
        extensions: ClassVar = InstalledAddOnContext.extensions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..installed_add_ons import InstalledAddOnContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        extensions = FromContext()
