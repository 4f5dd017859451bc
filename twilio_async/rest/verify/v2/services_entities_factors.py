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
    fetch = _FETCH.call_method(Args)
    """Fetch this Factor: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``."""
    update = _UPDATE.call_method(FactorUpdateArgs)
    """Update this Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Factor: ``DELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}``; returns True."""


class FactorList(KeyedList[FactorContext]):
    """Factor collection: ``/v2/Services/{ServiceSid}/Entities/{Identity}/Factors``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^YF[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(FactorCreateArgs)
    """Create a Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``."""
    list = _LIST.list_method(ListArgs)
    """List Factor resources: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Factor resources: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Factor resources: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``; ``next_page()`` moves on."""


class FactorNewFactorsList(ListResource):
    """``new_factors``: Factor operations as twilio-python mounts them."""

    __slots__ = ()
    create = _CREATE.call_method(FactorCreateArgs)
    """Create a Factor: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors``."""
