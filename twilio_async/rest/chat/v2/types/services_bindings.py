# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""Binding models (``services.bindings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import BindingBindingType

if TYPE_CHECKING:
    from ..services_bindings import BindingContext


class Binding(InstanceModel["BindingContext"]):
    """A Binding as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    endpoint: str | None = None
    identity: str | None = None
    credential_sid: str | None = None
    binding_type: BindingBindingType | None = None
    message_types: list[str] | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BindingContext.fetch
        delete: ClassVar = BindingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_bindings import BindingContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
