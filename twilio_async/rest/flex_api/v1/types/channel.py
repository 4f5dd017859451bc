# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Channel models (``channel``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..channel import ChannelContext


class Channel(InstanceModel["ChannelContext"]):
    """A Channel as returned by the API."""

    account_sid: str | None = None
    flex_flow_sid: str | None = None
    sid: str
    user_sid: str | None = None
    task_sid: str | None = None
    url: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ChannelContext.fetch
        delete: ClassVar = ChannelContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..channel import ChannelContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
