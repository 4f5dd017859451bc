# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""AlphaSender models (``services.alpha_senders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_alpha_senders import AlphaSenderContext


class AlphaSender(InstanceModel["AlphaSenderContext"]):
    """A AlphaSender as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    alpha_sender: str | None = None
    capabilities: list[str] | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AlphaSenderContext.fetch
        delete: ClassVar = AlphaSenderContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_alpha_senders import AlphaSenderContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
