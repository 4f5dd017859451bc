# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Sim models (``sims``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..sims import SimContext


class Sim(InstanceModel["SimContext"]):
    """A Sim as returned by the API."""

    sid: str | None = None
    unique_name: str | None = None
    account_sid: str | None = None
    rate_plan_sid: str | None = None
    friendly_name: str | None = None
    iccid: str | None = None
    e_id: str | None = None
    status: str | None = None
    commands_callback_url: str | None = None
    commands_callback_method: str | None = None
    sms_fallback_method: str | None = None
    sms_fallback_url: str | None = None
    sms_method: str | None = None
    sms_url: str | None = None
    voice_fallback_method: str | None = None
    voice_fallback_url: str | None = None
    voice_method: str | None = None
    voice_url: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SimContext.fetch
        update: ClassVar = SimContext.update
        usage: ClassVar = SimContext.usage

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sims import SimContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        usage = FromContext()
