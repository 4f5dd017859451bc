# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Recording models (``trunks.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import RecordingRecordingMode, RecordingRecordingTrim

if TYPE_CHECKING:
    from ..trunks_recordings import RecordingContext


class Recording(InstanceModel["RecordingContext"]):
    """A Recording as returned by the API."""

    mode: RecordingRecordingMode | None = None
    trim: RecordingRecordingTrim | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RecordingContext.fetch
        update: ClassVar = RecordingContext.update
    else:
        fetch = FromContext()
        update = FromContext()
