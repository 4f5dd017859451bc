# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""IncomingPhoneNumberAssignedAddOn models (``accounts.incoming_phone_numbers.assigned_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_incoming_phone_numbers_assigned_add_ons import (
        IncomingPhoneNumberAssignedAddOnContext,
    )


class IncomingPhoneNumberAssignedAddOn(InstanceModel["IncomingPhoneNumberAssignedAddOnContext"]):
    """A IncomingPhoneNumberAssignedAddOn as returned by the API."""

    sid: str
    account_sid: str | None = None
    resource_sid: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    configuration: Any | None = None
    unique_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = IncomingPhoneNumberAssignedAddOnContext.fetch
        delete: ClassVar = IncomingPhoneNumberAssignedAddOnContext.delete
        extensions: ClassVar = IncomingPhoneNumberAssignedAddOnContext.extensions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_incoming_phone_numbers_assigned_add_ons import (
                IncomingPhoneNumberAssignedAddOnContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
        extensions = FromContext()
