# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfileChannelEndpointAssignment models (``customer_profiles.customer_profiles_channel_endpoint_assignment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..customer_profiles_customer_profiles_channel_endpoint_assignment import (
        CustomerProfileChannelEndpointAssignmentContext,
    )


class CustomerProfileChannelEndpointAssignment(
    InstanceModel["CustomerProfileChannelEndpointAssignmentContext"]
):
    """A CustomerProfileChannelEndpointAssignment as returned by the API."""

    sid: str | None = None
    customer_profile_sid: str | None = None
    account_sid: str | None = None
    channel_endpoint_type: str | None = None
    channel_endpoint_sid: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CustomerProfileChannelEndpointAssignmentContext.fetch
        delete: ClassVar = CustomerProfileChannelEndpointAssignmentContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..customer_profiles_customer_profiles_channel_endpoint_assignment import (
                CustomerProfileChannelEndpointAssignmentContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
