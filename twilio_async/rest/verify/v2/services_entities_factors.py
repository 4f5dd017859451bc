# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Factor resources (``services.entities.factors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        FactorTotpAlgorithms,
        NewFactorFactorTypes,
        NewFactorNotificationPlatforms,
        NewFactorTotpAlgorithms,
    )
    from .types.services_entities_factors import Factor, NewFactor

_TYPES = Models(__package__, ".types.services_entities_factors")
_MODEL = _TYPES("Factor")
_NEW_FACTOR = _TYPES("NewFactor")
_LIST_PATH = "/v2/Services/{0}/Entities/{1}/Factors"
_INSTANCE_PATH = "/v2/Services/{0}/Entities/{1}/Factors/{2}"
_CREATE: Operation[NewFactor] = Operation(
    "factors.create", "POST", _LIST_PATH, body="form", model=_NEW_FACTOR
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("factor_type", "FactorType", FORM, "string", required=True),
    P("binding_alg", "Binding.Alg", FORM, "string"),
    P("binding_public_key", "Binding.PublicKey", FORM, "string"),
    P("config_app_id", "Config.AppId", FORM, "string"),
    P("config_notification_platform", "Config.NotificationPlatform", FORM, "string"),
    P("config_notification_token", "Config.NotificationToken", FORM, "string"),
    P("config_sdk_version", "Config.SdkVersion", FORM, "string"),
    P("binding_secret", "Binding.Secret", FORM, "string"),
    P("config_time_step", "Config.TimeStep", FORM, "integer"),
    P("config_skew", "Config.Skew", FORM, "integer"),
    P("config_code_length", "Config.CodeLength", FORM, "integer"),
    P("config_alg", "Config.Alg", FORM, "string"),
    P("metadata", "Metadata", FORM, "object"),
)
_LIST: Operation[Factor] = Operation(
    "factors.list", "GET", _LIST_PATH, body="none", list_key="factors", model=_MODEL
)
_FETCH: Operation[Factor] = Operation(
    "factors.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Factor] = Operation(
    "factors.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("auth_payload", "AuthPayload", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("config_notification_token", "Config.NotificationToken", FORM, "string"),
    P("config_sdk_version", "Config.SdkVersion", FORM, "string"),
    P("config_time_step", "Config.TimeStep", FORM, "integer"),
    P("config_skew", "Config.Skew", FORM, "integer"),
    P("config_code_length", "Config.CodeLength", FORM, "integer"),
    P("config_alg", "Config.Alg", FORM, "string"),
    P("config_notification_platform", "Config.NotificationPlatform", FORM, "string"),
)
_DELETE: Operation[None] = Operation("factors.delete", "DELETE", _INSTANCE_PATH, body="none")


class FactorCreateArgs(Args):
    friendly_name: str
    factor_type: NewFactorFactorTypes | str
    binding_alg: str | NotGiven = NOT_GIVEN
    binding_public_key: str | NotGiven = NOT_GIVEN
    config_app_id: str | NotGiven = NOT_GIVEN
    config_notification_platform: NewFactorNotificationPlatforms | str | NotGiven = NOT_GIVEN
    config_notification_token: str | NotGiven = NOT_GIVEN
    config_sdk_version: str | NotGiven = NOT_GIVEN
    binding_secret: str | NotGiven = NOT_GIVEN
    config_time_step: int | NotGiven = NOT_GIVEN
    config_skew: int | NotGiven = NOT_GIVEN
    config_code_length: int | NotGiven = NOT_GIVEN
    config_alg: NewFactorTotpAlgorithms | str | NotGiven = NOT_GIVEN
    metadata: Any | NotGiven = NOT_GIVEN


class FactorUpdateArgs(Args):
    auth_payload: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    config_notification_token: str | NotGiven = NOT_GIVEN
    config_sdk_version: str | NotGiven = NOT_GIVEN
    config_time_step: int | NotGiven = NOT_GIVEN
    config_skew: int | NotGiven = NOT_GIVEN
    config_code_length: int | NotGiven = NOT_GIVEN
    config_alg: FactorTotpAlgorithms | str | NotGiven = NOT_GIVEN
    config_notification_platform: str | NotGiven = NOT_GIVEN


class FactorContext(InstanceContext):
    """One Factor: ``/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Factor: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factor

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Factor: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factor

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        FactorUpdateArgs,
        """Update this Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YF[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        auth_payload (str): ``AuthPayload``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        config_notification_token (str): ``Config.NotificationToken``; string; optional.
        config_sdk_version (str): ``Config.SdkVersion``; string; optional.
        config_time_step (int): ``Config.TimeStep``; integer; optional.
        config_skew (int): ``Config.Skew``; integer; optional.
        config_code_length (int): ``Config.CodeLength``; integer; optional.
        config_alg (FactorTotpAlgorithms | str): ``Config.Alg``; enum:factor_totp_algorithms; one of ``sha1``, ``sha256``, ``sha512``; optional.
        config_notification_platform (str): ``Config.NotificationPlatform``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factor

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YF[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        auth_payload (str): ``AuthPayload``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        config_notification_token (str): ``Config.NotificationToken``; string; optional.
        config_sdk_version (str): ``Config.SdkVersion``; string; optional.
        config_time_step (int): ``Config.TimeStep``; integer; optional.
        config_skew (int): ``Config.Skew``; integer; optional.
        config_code_length (int): ``Config.CodeLength``; integer; optional.
        config_alg (FactorTotpAlgorithms | str): ``Config.Alg``; enum:factor_totp_algorithms; one of ``sha1``, ``sha256``, ``sha512``; optional.
        config_notification_platform (str): ``Config.NotificationPlatform``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factor

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Factor: ``DELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this Factor: ``DELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """


class FactorList(KeyedList[FactorContext]):
    """Factor collection: ``/v2/Services/{ServiceSid}/Entities/{Identity}/Factors``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^YF[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        FactorCreateArgs,
        """Create a Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        factor_type (NewFactorFactorTypes | str): ``FactorType``; enum:new_factor_factor_types; one of ``push``, ``totp``, ``passkeys``; required.
        binding_alg (str): ``Binding.Alg``; string; optional.
        binding_public_key (str): ``Binding.PublicKey``; string; optional.
        config_app_id (str): ``Config.AppId``; string; optional.
        config_notification_platform (NewFactorNotificationPlatforms | str): ``Config.NotificationPlatform``; enum:new_factor_notification_platforms; one of ``apn``, ``fcm``, ``none``; optional.
        config_notification_token (str): ``Config.NotificationToken``; string; optional.
        config_sdk_version (str): ``Config.SdkVersion``; string; optional.
        binding_secret (str): ``Binding.Secret``; string; optional.
        config_time_step (int): ``Config.TimeStep``; integer; optional.
        config_skew (int): ``Config.Skew``; integer; optional.
        config_code_length (int): ``Config.CodeLength``; integer; optional.
        config_alg (NewFactorTotpAlgorithms | str): ``Config.Alg``; enum:new_factor_totp_algorithms; one of ``sha1``, ``sha256``, ``sha512``; optional.
        metadata (Any): ``Metadata``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        factor_type (NewFactorFactorTypes | str): ``FactorType``; enum:new_factor_factor_types; one of ``push``, ``totp``, ``passkeys``; required.
        binding_alg (str): ``Binding.Alg``; string; optional.
        binding_public_key (str): ``Binding.PublicKey``; string; optional.
        config_app_id (str): ``Config.AppId``; string; optional.
        config_notification_platform (NewFactorNotificationPlatforms | str): ``Config.NotificationPlatform``; enum:new_factor_notification_platforms; one of ``apn``, ``fcm``, ``none``; optional.
        config_notification_token (str): ``Config.NotificationToken``; string; optional.
        config_sdk_version (str): ``Config.SdkVersion``; string; optional.
        binding_secret (str): ``Binding.Secret``; string; optional.
        config_time_step (int): ``Config.TimeStep``; integer; optional.
        config_skew (int): ``Config.Skew``; integer; optional.
        config_code_length (int): ``Config.CodeLength``; integer; optional.
        config_alg (NewFactorTotpAlgorithms | str): ``Config.Alg``; enum:new_factor_totp_algorithms; one of ``sha1``, ``sha256``, ``sha512``; optional.
        metadata (Any): ``Metadata``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List Factor resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Factor]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List Factor resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Factor]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Factor resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Factor.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream Factor resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Factor.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Factor resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Factor]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of Factor resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Factor]

    Twilio docs: https://www.twilio.com/docs/verify
    """


class FactorNewFactorsList(ListResource):
    """``new_factors``: Factor operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        FactorCreateArgs,
        """Create a Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        factor_type (NewFactorFactorTypes | str): ``FactorType``; enum:new_factor_factor_types; one of ``push``, ``totp``, ``passkeys``; required.
        binding_alg (str): ``Binding.Alg``; string; optional.
        binding_public_key (str): ``Binding.PublicKey``; string; optional.
        config_app_id (str): ``Config.AppId``; string; optional.
        config_notification_platform (NewFactorNotificationPlatforms | str): ``Config.NotificationPlatform``; enum:new_factor_notification_platforms; one of ``apn``, ``fcm``, ``none``; optional.
        config_notification_token (str): ``Config.NotificationToken``; string; optional.
        config_sdk_version (str): ``Config.SdkVersion``; string; optional.
        binding_secret (str): ``Binding.Secret``; string; optional.
        config_time_step (int): ``Config.TimeStep``; integer; optional.
        config_skew (int): ``Config.Skew``; integer; optional.
        config_code_length (int): ``Config.CodeLength``; integer; optional.
        config_alg (NewFactorTotpAlgorithms | str): ``Config.Alg``; enum:new_factor_totp_algorithms; one of ``sha1``, ``sha256``, ``sha512``; optional.
        metadata (Any): ``Metadata``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        factor_type (NewFactorFactorTypes | str): ``FactorType``; enum:new_factor_factor_types; one of ``push``, ``totp``, ``passkeys``; required.
        binding_alg (str): ``Binding.Alg``; string; optional.
        binding_public_key (str): ``Binding.PublicKey``; string; optional.
        config_app_id (str): ``Config.AppId``; string; optional.
        config_notification_platform (NewFactorNotificationPlatforms | str): ``Config.NotificationPlatform``; enum:new_factor_notification_platforms; one of ``apn``, ``fcm``, ``none``; optional.
        config_notification_token (str): ``Config.NotificationToken``; string; optional.
        config_sdk_version (str): ``Config.SdkVersion``; string; optional.
        binding_secret (str): ``Binding.Secret``; string; optional.
        config_time_step (int): ``Config.TimeStep``; integer; optional.
        config_skew (int): ``Config.Skew``; integer; optional.
        config_code_length (int): ``Config.CodeLength``; integer; optional.
        config_alg (NewFactorTotpAlgorithms | str): ``Config.Alg``; enum:new_factor_totp_algorithms; one of ``sha1``, ``sha256``, ``sha512``; optional.
        metadata (Any): ``Metadata``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NewFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """
