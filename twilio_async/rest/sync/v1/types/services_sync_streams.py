# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncStream models (``services.sync_streams``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_streams import SyncStreamContext


class SyncStream(InstanceModel["SyncStreamContext"]):
    """A SyncStream as returned by the API."""

    sid: str
    unique_name: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    date_expires: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SyncStreamContext.fetch
        update: ClassVar = SyncStreamContext.update
        delete: ClassVar = SyncStreamContext.delete
        stream_messages: ClassVar = SyncStreamContext.stream_messages

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_streams import SyncStreamContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        stream_messages = FromContext()
