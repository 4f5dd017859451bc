# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductsEvaluations models (``trust_products.trust_products_evaluations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import TrustProductEvaluationStatus

if TYPE_CHECKING:
    from ..trust_products_trust_products_evaluations import TrustProductsEvaluationsContext


class TrustProductsEvaluations(InstanceModel["TrustProductsEvaluationsContext"]):
    """A TrustProductsEvaluations as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    policy_sid: str | None = None
    trust_product_sid: str | None = None
    status: TrustProductEvaluationStatus | None = None
    results: list[Any] | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TrustProductsEvaluationsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trust_products_trust_products_evaluations import TrustProductsEvaluationsContext  # noqa: F401
    else:
        fetch = FromContext()
