# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Schema models (``schemas``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..schemas import SchemaContext


class Schema(InstanceModel["SchemaContext"]):
    """A Schema as returned by the API."""

    id: str
    url: str | None = None
    links: dict[str, Any] | None = None
    latest_version_date_created: IsoDateTime | None = None
    latest_version: WireInt | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SchemaContext.fetch
        versions: ClassVar = SchemaContext.versions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..schemas import SchemaContext  # noqa: F401
    else:
        fetch = FromContext()
        versions = FromContext()
