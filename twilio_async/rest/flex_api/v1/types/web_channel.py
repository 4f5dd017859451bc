# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""WebChannel models (``web_channel``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..web_channel import WebChannelContext


class WebChannel(InstanceModel["WebChannelContext"]):
    """A WebChannel as returned by the API."""

    account_sid: str | None = None
    flex_flow_sid: str | None = None
    sid: str
    url: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WebChannelContext.fetch
        update: ClassVar = WebChannelContext.update
        delete: ClassVar = WebChannelContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..web_channel import WebChannelContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
