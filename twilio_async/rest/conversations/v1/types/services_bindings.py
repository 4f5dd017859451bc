# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceBinding models (``services.bindings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceBindingBindingType

if TYPE_CHECKING:
    from ..services_bindings import ServiceBindingContext


class ServiceBinding(InstanceModel["ServiceBindingContext"]):
    """A ServiceBinding as returned by the API."""

    sid: str
    account_sid: str | None = None
    chat_service_sid: str | None = None
    credential_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    endpoint: str | None = None
    identity: str | None = None
    binding_type: ServiceBindingBindingType | None = None
    message_types: list[str] | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceBindingContext.fetch
        delete: ClassVar = ServiceBindingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_bindings import ServiceBindingContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
