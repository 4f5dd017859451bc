# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""BulkHostedNumberOrder models (``bulk_hosted_number_orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import BulkHostedNumberOrderRequestStatus

if TYPE_CHECKING:
    from ..bulk_hosted_number_orders import BulkHostedNumberOrderContext


class BulkHostedNumberOrder(InstanceModel["BulkHostedNumberOrderContext"]):
    """A BulkHostedNumberOrder as returned by the API."""

    bulk_hosting_sid: str | None = None
    request_status: BulkHostedNumberOrderRequestStatus | None = None
    friendly_name: str | None = None
    notification_email: str | None = None
    date_created: IsoDateTime | None = None
    date_completed: IsoDateTime | None = None
    url: str | None = None
    total_count: int | None = None
    results: list[Any] | None = None

    _key_field = "bulk_hosting_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BulkHostedNumberOrderContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..bulk_hosted_number_orders import BulkHostedNumberOrderContext  # noqa: F401
    else:
        fetch = FromContext()
