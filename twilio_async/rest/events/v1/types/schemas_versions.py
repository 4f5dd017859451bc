# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SchemaVersion models (``schemas.versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..schemas_versions import SchemaVersionContext


class SchemaVersion(InstanceModel["SchemaVersionContext"]):
    """A SchemaVersion as returned by the API."""

    id: str | None = None
    schema_version: WireInt
    date_created: IsoDateTime | None = None
    url: str | None = None
    raw: str | None = None

    _key_field = "schema_version"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SchemaVersionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..schemas_versions import SchemaVersionContext  # noqa: F401
    else:
        fetch = FromContext()
