# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionTransfer models (``interaction.channels.transfers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import InteractionTransferTransferStatus, InteractionTransferTransferType

if TYPE_CHECKING:
    from ..interaction_channels_transfers import InteractionTransferContext


class InteractionTransfer(InstanceModel["InteractionTransferContext"]):
    """A InteractionTransfer as returned by the API."""

    sid: str
    instance_sid: str | None = None
    account_sid: str | None = None
    interaction_sid: str | None = None
    channel_sid: str | None = None
    execution_sid: str | None = None
    type: InteractionTransferTransferType | None = None
    status: InteractionTransferTransferStatus | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    note_sid: str | None = None
    summary_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InteractionTransferContext.fetch
        update: ClassVar = InteractionTransferContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..interaction_channels_transfers import InteractionTransferContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
