# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DestinationAlphaSender models (``services.destination_alpha_senders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_destination_alpha_senders import DestinationAlphaSenderContext


class DestinationAlphaSender(InstanceModel["DestinationAlphaSenderContext"]):
    """A DestinationAlphaSender as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    alpha_sender: str | None = None
    capabilities: list[str] | None = None
    url: str | None = None
    iso_country_code: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DestinationAlphaSenderContext.fetch
        delete: ClassVar = DestinationAlphaSenderContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_destination_alpha_senders import DestinationAlphaSenderContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
