# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Sim models (``sims``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import SimStatus

if TYPE_CHECKING:
    from ..sims import SimContext


class Sim(InstanceModel["SimContext"]):
    """A Sim as returned by the API."""

    sid: str
    unique_name: str | None = None
    account_sid: str | None = None
    iccid: str | None = None
    status: SimStatus | None = None
    fleet_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SimContext.fetch
        update: ClassVar = SimContext.update
        billing_periods: ClassVar = SimContext.billing_periods
        sim_ip_addresses: ClassVar = SimContext.sim_ip_addresses

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sims import SimContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        billing_periods = FromContext()
        sim_ip_addresses = FromContext()
