# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfilesEntityAssignments models (``customer_profiles.customer_profiles_entity_assignments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..customer_profiles_customer_profiles_entity_assignments import (
        CustomerProfilesEntityAssignmentsContext,
    )


class CustomerProfilesEntityAssignments(InstanceModel["CustomerProfilesEntityAssignmentsContext"]):
    """A CustomerProfilesEntityAssignments as returned by the API."""

    sid: str | None = None
    customer_profile_sid: str | None = None
    account_sid: str | None = None
    object_sid: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CustomerProfilesEntityAssignmentsContext.fetch
        delete: ClassVar = CustomerProfilesEntityAssignmentsContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..customer_profiles_customer_profiles_entity_assignments import (
                CustomerProfilesEntityAssignmentsContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
