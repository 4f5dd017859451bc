# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""Export resources (``exports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, Child, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .exports_days import DayInstanceList
    from .exports_export_custom_jobs import ExportCustomJobList
    from .exports_jobs import JobList
    from .types.exports import Export

_TYPES = Models(__package__, ".types.exports")
_MODEL = _TYPES("Export")
_INSTANCE_PATH = "/v1/Exports/{0}"
_FETCH: Operation[Export] = Operation(
    "exports.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ExportContext(InstanceContext):
    """One Export: ``/v1/Exports/{ResourceType}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Export: ``GET /v1/Exports/{ResourceType}``.

    The instance is addressed by ``{ResourceType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Export

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Export: ``GET /v1/Exports/{ResourceType}``.

    The instance is addressed by ``{ResourceType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Export

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    days: Child[DayInstanceList] = Child(".exports_days", "DayInstanceList")
    export_custom_jobs: Child[ExportCustomJobList] = Child(
        ".exports_export_custom_jobs", "ExportCustomJobList"
    )


class ExportList(KeyedList[ExportContext]):
    """Export collection: ``/v1/Exports``."""

    __slots__ = ()
    _key = ("ResourceType", "resource_type", None)
    jobs: Child[JobList] = Child(".exports_jobs", "JobList")
