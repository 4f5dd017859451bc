# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AssignedAddOnExtension models (``accounts.incoming_phone_numbers.assigned_add_ons.extensions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
        AssignedAddOnExtensionContext,
    )


class AssignedAddOnExtension(InstanceModel["AssignedAddOnExtensionContext"]):
    """A AssignedAddOnExtension as returned by the API."""

    sid: str
    account_sid: str | None = None
    resource_sid: str | None = None
    assigned_add_on_sid: str | None = None
    friendly_name: str | None = None
    product_name: str | None = None
    unique_name: str | None = None
    uri: str | None = None
    enabled: bool | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AssignedAddOnExtensionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
                AssignedAddOnExtensionContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
