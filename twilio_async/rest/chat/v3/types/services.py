# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Services models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services import ServicesContext


class Services(InstanceModel["ServicesContext"]):
    """A Services as returned by the API."""

    pass

    _key_field = "service_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        channels: ClassVar = ServicesContext.channels

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServicesContext  # noqa: F401
    else:
        channels = FromContext()
