# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductChannelEndpointAssignment models (``trust_products.trust_products_channel_endpoint_assignment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..trust_products_trust_products_channel_endpoint_assignment import (
        TrustProductChannelEndpointAssignmentContext,
    )


class TrustProductChannelEndpointAssignment(
    InstanceModel["TrustProductChannelEndpointAssignmentContext"]
):
    """A TrustProductChannelEndpointAssignment as returned by the API."""

    sid: str | None = None
    trust_product_sid: str | None = None
    account_sid: str | None = None
    channel_endpoint_type: str | None = None
    channel_endpoint_sid: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TrustProductChannelEndpointAssignmentContext.fetch
        delete: ClassVar = TrustProductChannelEndpointAssignmentContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trust_products_trust_products_channel_endpoint_assignment import (
                TrustProductChannelEndpointAssignmentContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
