# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""Trunks models (``trunks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..trunks import TrunksContext


class Trunks(InstanceModel["TrunksContext"]):
    """A Trunks as returned by the API."""

    sip_trunk_domain: str
    url: str | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    voice_region: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "sip_trunk_domain"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TrunksContext.fetch
        update: ClassVar = TrunksContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trunks import TrunksContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
