# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfilesEvaluations models (``customer_profiles.customer_profiles_evaluations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import CustomerProfileEvaluationStatus

if TYPE_CHECKING:
    from ..customer_profiles_customer_profiles_evaluations import CustomerProfilesEvaluationsContext


class CustomerProfilesEvaluations(InstanceModel["CustomerProfilesEvaluationsContext"]):
    """A CustomerProfilesEvaluations as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    policy_sid: str | None = None
    customer_profile_sid: str | None = None
    status: CustomerProfileEvaluationStatus | None = None
    results: list[Any] | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CustomerProfilesEvaluationsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..customer_profiles_customer_profiles_evaluations import (
                CustomerProfilesEvaluationsContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
