# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfiles models (``customer_profiles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import CustomerProfileStatus

if TYPE_CHECKING:
    from ..customer_profiles import CustomerProfilesContext


class CustomerProfiles(InstanceModel["CustomerProfilesContext"]):
    """A CustomerProfiles as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    policy_sid: str | None = None
    friendly_name: str | None = None
    status: CustomerProfileStatus | None = None
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
        fetch: ClassVar = CustomerProfilesContext.fetch
        update: ClassVar = CustomerProfilesContext.update
        delete: ClassVar = CustomerProfilesContext.delete
        customer_profiles_channel_endpoint_assignment: ClassVar = (
            CustomerProfilesContext.customer_profiles_channel_endpoint_assignment
        )
        customer_profiles_entity_assignments: ClassVar = (
            CustomerProfilesContext.customer_profiles_entity_assignments
        )
        customer_profiles_evaluations: ClassVar = (
            CustomerProfilesContext.customer_profiles_evaluations
        )

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..customer_profiles import CustomerProfilesContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        customer_profiles_channel_endpoint_assignment = FromContext()
        customer_profiles_entity_assignments = FromContext()
        customer_profiles_evaluations = FromContext()
