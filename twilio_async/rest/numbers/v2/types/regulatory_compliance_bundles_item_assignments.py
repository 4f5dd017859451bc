# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ItemAssignment models (``regulatory_compliance.bundles.item_assignments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..regulatory_compliance_bundles_item_assignments import ItemAssignmentContext


class ItemAssignment(InstanceModel["ItemAssignmentContext"]):
    """A ItemAssignment as returned by the API."""

    sid: str | None = None
    bundle_sid: str | None = None
    account_sid: str | None = None
    object_sid: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ItemAssignmentContext.fetch
        delete: ClassVar = ItemAssignmentContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..regulatory_compliance_bundles_item_assignments import ItemAssignmentContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
