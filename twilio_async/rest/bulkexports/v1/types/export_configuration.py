# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""ExportConfiguration models (``export_configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..export_configuration import ExportConfigurationContext


class ExportConfiguration(InstanceModel["ExportConfigurationContext"]):
    """A ExportConfiguration as returned by the API."""

    enabled: bool | None = None
    webhook_url: str | None = None
    webhook_method: str | None = None
    resource_type: str
    url: str | None = None

    _key_field = "resource_type"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ExportConfigurationContext.fetch
        update: ClassVar = ExportConfigurationContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..export_configuration import ExportConfigurationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
