# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""OriginationUrl models (``trunks.origination_urls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..trunks_origination_urls import OriginationUrlContext


class OriginationUrl(InstanceModel["OriginationUrlContext"]):
    """A OriginationUrl as returned by the API."""

    account_sid: str | None = None
    sid: str
    trunk_sid: str | None = None
    weight: WireInt | None = None
    enabled: bool | None = None
    sip_url: str | None = None
    friendly_name: str | None = None
    priority: WireInt | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = OriginationUrlContext.fetch
        update: ClassVar = OriginationUrlContext.update
        delete: ClassVar = OriginationUrlContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trunks_origination_urls import OriginationUrlContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
