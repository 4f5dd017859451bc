# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""CompositionSettings resources (``composition_settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.composition_settings import CompositionSettings

_TYPES = Models(__package__, ".types.composition_settings")
_MODEL = _TYPES("CompositionSettings")
_INSTANCE_PATH = "/v1/CompositionSettings/Default"
_CREATE: Operation[CompositionSettings] = Operation(
    "composition_settings.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("aws_credentials_sid", "AwsCredentialsSid", FORM, "string"),
    P("encryption_key_sid", "EncryptionKeySid", FORM, "string"),
    P("aws_s3_url", "AwsS3Url", FORM, "string"),
    P("aws_storage_enabled", "AwsStorageEnabled", FORM, "boolean"),
    P("encryption_enabled", "EncryptionEnabled", FORM, "boolean"),
)
_FETCH: Operation[CompositionSettings] = Operation(
    "composition_settings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CompositionSettingsCreateArgs(Args):
    friendly_name: str
    aws_credentials_sid: str | NotGiven = NOT_GIVEN
    encryption_key_sid: str | NotGiven = NOT_GIVEN
    aws_s3_url: str | NotGiven = NOT_GIVEN
    aws_storage_enabled: bool | NotGiven = NOT_GIVEN
    encryption_enabled: bool | NotGiven = NOT_GIVEN


class CompositionSettingsContext(InstanceContext):
    """One CompositionSettings: ``/v1/CompositionSettings/Default``."""

    __slots__ = ()
    create = _CREATE.call_method(
        CompositionSettingsCreateArgs,
        """Create a CompositionSettings: ``POST /v1/CompositionSettings/Default``.

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
        CompositionSettings

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Create a CompositionSettings: ``POST /v1/CompositionSettings/Default``.

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
        CompositionSettings

    Twilio docs: https://www.twilio.com/docs/video
    """
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CompositionSettings: ``GET /v1/CompositionSettings/Default``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionSettings

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this CompositionSettings: ``GET /v1/CompositionSettings/Default``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionSettings

    Twilio docs: https://www.twilio.com/docs/video
    """


class CompositionSettingsList(SingletonList[CompositionSettingsContext]):
    """CompositionSettings collection."""

    __slots__ = ()
