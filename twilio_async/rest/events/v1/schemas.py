# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Schema resources (``schemas``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, Child, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .schemas_versions import SchemaVersionList
    from .types.schemas import Schema

_TYPES = Models(__package__, ".types.schemas")
_MODEL = _TYPES("Schema")
_INSTANCE_PATH = "/v1/Schemas/{0}"
_FETCH: Operation[Schema] = Operation(
    "schemas.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SchemaContext(InstanceContext):
    """One Schema: ``/v1/Schemas/{Id}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Schema: ``GET /v1/Schemas/{Id}``.

    The instance is addressed by ``{Id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Schema

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Fetch this Schema: ``GET /v1/Schemas/{Id}``.

    The instance is addressed by ``{Id}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Schema

    Twilio docs: https://www.twilio.com/docs/events
    """
    versions: Child[SchemaVersionList] = Child(".schemas_versions", "SchemaVersionList")


class SchemaList(KeyedList[SchemaContext]):
    """Schema collection: ``/v1/Schemas``."""

    __slots__ = ()
    _key = ("Id", "id", None)
