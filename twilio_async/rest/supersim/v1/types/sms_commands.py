# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SmsCommand models (``sms_commands``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import SmsCommandDirection, SmsCommandStatus

if TYPE_CHECKING:
    from ..sms_commands import SmsCommandContext


class SmsCommand(InstanceModel["SmsCommandContext"]):
    """A SmsCommand as returned by the API."""

    sid: str
    account_sid: str | None = None
    sim_sid: str | None = None
    payload: str | None = None
    status: SmsCommandStatus | None = None
    direction: SmsCommandDirection | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SmsCommandContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sms_commands import SmsCommandContext  # noqa: F401
    else:
        fetch = FromContext()
