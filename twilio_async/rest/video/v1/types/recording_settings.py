# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RecordingSettings models (``recording_settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..recording_settings import RecordingSettingsContext


class RecordingSettings(InstanceModel["RecordingSettingsContext"]):
    """A RecordingSettings as returned by the API."""

    account_sid: str | None = None
    friendly_name: str | None = None
    aws_credentials_sid: str | None = None
    aws_s3_url: str | None = None
    aws_storage_enabled: bool | None = None
    encryption_key_sid: str | None = None
    encryption_enabled: bool | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = RecordingSettingsContext.create
        fetch: ClassVar = RecordingSettingsContext.fetch
    else:
        create = FromContext()
        fetch = FromContext()
