# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Command models (``commands``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..commands import CommandContext


class Command(InstanceModel["CommandContext"]):
    """A Command as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    device_sid: str | None = None
    sim_sid: str | None = None
    command: str | None = None
    command_mode: str | None = None
    status: str | None = None
    direction: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CommandContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..commands import CommandContext  # noqa: F401
    else:
        fetch = FromContext()
