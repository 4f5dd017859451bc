# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""ChannelsSenderResponse models (``channels_senders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ChannelsSenderStatus

if TYPE_CHECKING:
    from ..channels_senders import ChannelsSenderResponseContext


class ChannelsSenderResponse(InstanceModel["ChannelsSenderResponseContext"]):
    """A ChannelsSenderResponse as returned by the API."""

    sid: str
    status: ChannelsSenderStatus | None = None
    sender_id: Any | None = None
    configuration: Any | None = None
    webhook: Any | None = None
    profile: Any | None = None
    properties: Any | None = None
    offline_reasons: Any | None = None
    compliance: Any | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ChannelsSenderResponseContext.fetch
        update: ClassVar = ChannelsSenderResponseContext.update
        delete: ClassVar = ChannelsSenderResponseContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..channels_senders import ChannelsSenderResponseContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
