# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""Export models (``exports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..exports import ExportContext


class Export(InstanceModel["ExportContext"]):
    """A Export as returned by the API."""

    resource_type: str
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "resource_type"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ExportContext.fetch
        days: ClassVar = ExportContext.days
        export_custom_jobs: ClassVar = ExportContext.export_custom_jobs

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..exports import ExportContext  # noqa: F401
    else:
        fetch = FromContext()
        days = FromContext()
        export_custom_jobs = FromContext()
