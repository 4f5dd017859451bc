# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""RecordingSettings resources (``recording_settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.recording_settings import RecordingSettings

_TYPES = Models(__package__, ".types.recording_settings")
_MODEL = _TYPES("RecordingSettings")
_INSTANCE_PATH = "/v1/RecordingSettings/Default"
_CREATE: Operation[RecordingSettings] = Operation(
    "recording_settings.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("aws_credentials_sid", "AwsCredentialsSid", FORM, "string"),
    P("encryption_key_sid", "EncryptionKeySid", FORM, "string"),
    P("aws_s3_url", "AwsS3Url", FORM, "string"),
    P("aws_storage_enabled", "AwsStorageEnabled", FORM, "boolean"),
    P("encryption_enabled", "EncryptionEnabled", FORM, "boolean"),
)
_FETCH: Operation[RecordingSettings] = Operation(
    "recording_settings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class RecordingSettingsCreateArgs(Args):
    friendly_name: str
    aws_credentials_sid: str | NotGiven = NOT_GIVEN
    encryption_key_sid: str | NotGiven = NOT_GIVEN
    aws_s3_url: str | NotGiven = NOT_GIVEN
    aws_storage_enabled: bool | NotGiven = NOT_GIVEN
    encryption_enabled: bool | NotGiven = NOT_GIVEN


class RecordingSettingsContext(InstanceContext):
    """One RecordingSettings: ``/v1/RecordingSettings/Default``."""

    __slots__ = ()
    create = _CREATE.call_method(RecordingSettingsCreateArgs)
    """Create a RecordingSettings: ``POST /v1/RecordingSettings/Default``."""
    fetch = _FETCH.call_method(Args)
    """Fetch this RecordingSettings: ``GET /v1/RecordingSettings/Default``."""


class RecordingSettingsList(SingletonList[RecordingSettingsContext]):
    """RecordingSettings collection."""

    __slots__ = ()
