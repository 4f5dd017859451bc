# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Recording models (``recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import RecordingCodec, RecordingFormat, RecordingStatus, RecordingType

if TYPE_CHECKING:
    from ..recordings import RecordingContext


class Recording(InstanceModel["RecordingContext"]):
    """A Recording as returned by the API."""

    account_sid: str | None = None
    status: RecordingStatus | None = None
    date_created: IsoDateTime | None = None
    sid: str
    source_sid: str | None = None
    size: WireInt | None = None
    url: str | None = None
    type: RecordingType | None = None
    duration: WireInt | None = None
    container_format: RecordingFormat | None = None
    codec: RecordingCodec | None = None
    grouping_sids: Any | None = None
    track_name: str | None = None
    offset: WireInt | None = None
    media_external_location: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RecordingContext.fetch
        delete: ClassVar = RecordingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..recordings import RecordingContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
