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
    create = _CREATE.call_method(
        RecordingSettingsCreateArgs,
        """Create a RecordingSettings: ``POST /v1/RecordingSettings/Default``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        aws_credentials_sid (str): ``AwsCredentialsSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        encryption_key_sid (str): ``EncryptionKeySid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        aws_s3_url (str): ``AwsS3Url``; uri; optional.
        aws_storage_enabled (bool): ``AwsStorageEnabled``; boolean; optional.
        encryption_enabled (bool): ``EncryptionEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingSettings

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Create a RecordingSettings: ``POST /v1/RecordingSettings/Default``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        aws_credentials_sid (str): ``AwsCredentialsSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        encryption_key_sid (str): ``EncryptionKeySid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        aws_s3_url (str): ``AwsS3Url``; uri; optional.
        aws_storage_enabled (bool): ``AwsStorageEnabled``; boolean; optional.
        encryption_enabled (bool): ``EncryptionEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingSettings

    Twilio docs: https://www.twilio.com/docs/video
    """
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RecordingSettings: ``GET /v1/RecordingSettings/Default``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingSettings

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this RecordingSettings: ``GET /v1/RecordingSettings/Default``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingSettings

    Twilio docs: https://www.twilio.com/docs/video
    """


class RecordingSettingsList(SingletonList[RecordingSettingsContext]):
    """RecordingSettings collection."""

    __slots__ = ()
