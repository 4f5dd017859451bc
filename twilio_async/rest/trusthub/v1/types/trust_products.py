# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProducts models (``trust_products``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import TrustProductStatus

if TYPE_CHECKING:
    from ..trust_products import TrustProductsContext


class TrustProducts(InstanceModel["TrustProductsContext"]):
    """A TrustProducts as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    policy_sid: str | None = None
    friendly_name: str | None = None
    status: TrustProductStatus | None = None
    valid_until: IsoDateTime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    errors: list[Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TrustProductsContext.fetch
        update: ClassVar = TrustProductsContext.update
        delete: ClassVar = TrustProductsContext.delete
        trust_products_channel_endpoint_assignment: ClassVar = (
            TrustProductsContext.trust_products_channel_endpoint_assignment
        )
        trust_products_entity_assignments: ClassVar = (
            TrustProductsContext.trust_products_entity_assignments
        )
        trust_products_evaluations: ClassVar = TrustProductsContext.trust_products_evaluations

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trust_products import TrustProductsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        trust_products_channel_endpoint_assignment = FromContext()
        trust_products_entity_assignments = FromContext()
        trust_products_evaluations = FromContext()
