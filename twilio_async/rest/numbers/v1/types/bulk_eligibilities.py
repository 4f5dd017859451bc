# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""BulkEligibility models (``bulk_eligibilities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..bulk_eligibilities import BulkEligibilityContext


class BulkEligibility(InstanceModel["BulkEligibilityContext"]):
    """A BulkEligibility as returned by the API."""

    request_id: str
    url: str | None = None
    results: list[Any] | None = None
    friendly_name: str | None = None
    status: str | None = None
    date_created: IsoDateTime | None = None
    date_completed: IsoDateTime | None = None

    _key_field = "request_id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BulkEligibilityContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..bulk_eligibilities import BulkEligibilityContext  # noqa: F401
    else:
        fetch = FromContext()
