# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""Command models (``commands``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import CommandCommandMode, CommandDirection, CommandStatus, CommandTransport

if TYPE_CHECKING:
    from ..commands import CommandContext


class Command(InstanceModel["CommandContext"]):
    """A Command as returned by the API."""

    sid: str
    account_sid: str | None = None
    sim_sid: str | None = None
    command: str | None = None
    command_mode: CommandCommandMode | None = None
    transport: CommandTransport | None = None
    delivery_receipt_requested: bool | None = None
    status: CommandStatus | None = None
    direction: CommandDirection | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CommandContext.fetch
        delete: ClassVar = CommandContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..commands import CommandContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
