# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Verification resources (``services.verifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import VerificationRiskCheck, VerificationStatus
    from .types.services_verifications import Verification

_TYPES = Models(__package__, ".types.services_verifications")
_MODEL = _TYPES("Verification")
_LIST_PATH = "/v2/Services/{0}/Verifications"
_INSTANCE_PATH = "/v2/Services/{0}/Verifications/{1}"
_CREATE: Operation[Verification] = Operation(
    "verifications.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("channel", "Channel", FORM, "string", required=True),
    P("custom_friendly_name", "CustomFriendlyName", FORM, "string"),
    P("custom_message", "CustomMessage", FORM, "string"),
    P("send_digits", "SendDigits", FORM, "string"),
    P("locale", "Locale", FORM, "string"),
    P("custom_code", "CustomCode", FORM, "string"),
    P("amount", "Amount", FORM, "string"),
    P("payee", "Payee", FORM, "string"),
    P("rate_limits", "RateLimits", FORM, "object"),
    P("channel_configuration", "ChannelConfiguration", FORM, "object"),
    P("app_hash", "AppHash", FORM, "string"),
    P("template_sid", "TemplateSid", FORM, "string"),
    P("template_custom_substitutions", "TemplateCustomSubstitutions", FORM, "string"),
    P("device_ip", "DeviceIp", FORM, "string"),
    P("enable_sna_client_token", "EnableSnaClientToken", FORM, "boolean"),
    P("risk_check", "RiskCheck", FORM, "string"),
    P("tags", "Tags", FORM, "string"),
)
_FETCH: Operation[Verification] = Operation(
    "verifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Verification] = Operation(
    "verifications.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string", required=True))


class VerificationCreateArgs(Args):
    to: str
    channel: str
    custom_friendly_name: str | NotGiven = NOT_GIVEN
    custom_message: str | NotGiven = NOT_GIVEN
    send_digits: str | NotGiven = NOT_GIVEN
    locale: str | NotGiven = NOT_GIVEN
    custom_code: str | NotGiven = NOT_GIVEN
    amount: str | NotGiven = NOT_GIVEN
    payee: str | NotGiven = NOT_GIVEN
    rate_limits: Any | NotGiven = NOT_GIVEN
    channel_configuration: Any | NotGiven = NOT_GIVEN
    app_hash: str | NotGiven = NOT_GIVEN
    template_sid: str | NotGiven = NOT_GIVEN
    template_custom_substitutions: str | NotGiven = NOT_GIVEN
    device_ip: str | NotGiven = NOT_GIVEN
    enable_sna_client_token: bool | NotGiven = NOT_GIVEN
    risk_check: VerificationRiskCheck | str | NotGiven = NOT_GIVEN
    tags: str | NotGiven = NOT_GIVEN


class VerificationUpdateArgs(Args):
    status: VerificationStatus | str


class VerificationContext(InstanceContext):
    """One Verification: ``/v2/Services/{ServiceSid}/Verifications/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Verification: ``GET /v2/Services/{ServiceSid}/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Verification

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Verification: ``GET /v2/Services/{ServiceSid}/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Verification

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        VerificationUpdateArgs,
        """Update this Verification: ``POST /v2/Services/{ServiceSid}/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (VerificationStatus | str): ``Status``; enum:verification_status; one of ``canceled``, ``approved``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Verification

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this Verification: ``POST /v2/Services/{ServiceSid}/Verifications/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (VerificationStatus | str): ``Status``; enum:verification_status; one of ``canceled``, ``approved``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Verification

    Twilio docs: https://www.twilio.com/docs/verify
    """


class VerificationList(KeyedList[VerificationContext]):
    """Verification collection: ``/v2/Services/{ServiceSid}/Verifications``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        VerificationCreateArgs,
        """Create a Verification: ``POST /v2/Services/{ServiceSid}/Verifications``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; string; required.
        channel (str): ``Channel``; string; required.
        custom_friendly_name (str): ``CustomFriendlyName``; string; optional.
        custom_message (str): ``CustomMessage``; string; optional.
        send_digits (str): ``SendDigits``; string; optional.
        locale (str): ``Locale``; string; optional.
        custom_code (str): ``CustomCode``; string; optional.
        amount (str): ``Amount``; string; optional.
        payee (str): ``Payee``; string; optional.
        rate_limits (Any): ``RateLimits``; object; optional.
        channel_configuration (Any): ``ChannelConfiguration``; object; optional.
        app_hash (str): ``AppHash``; string; optional.
        template_sid (str): ``TemplateSid``; string; matching ``^HJ[0-9a-fA-F]{32}$``; optional.
        template_custom_substitutions (str): ``TemplateCustomSubstitutions``; string; optional.
        device_ip (str): ``DeviceIp``; string; optional.
        enable_sna_client_token (bool): ``EnableSnaClientToken``; boolean; optional.
        risk_check (VerificationRiskCheck | str): ``RiskCheck``; enum:verification_risk_check; one of ``enable``, ``disable``; optional.
        tags (str): ``Tags``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Verification

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Verification: ``POST /v2/Services/{ServiceSid}/Verifications``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; string; required.
        channel (str): ``Channel``; string; required.
        custom_friendly_name (str): ``CustomFriendlyName``; string; optional.
        custom_message (str): ``CustomMessage``; string; optional.
        send_digits (str): ``SendDigits``; string; optional.
        locale (str): ``Locale``; string; optional.
        custom_code (str): ``CustomCode``; string; optional.
        amount (str): ``Amount``; string; optional.
        payee (str): ``Payee``; string; optional.
        rate_limits (Any): ``RateLimits``; object; optional.
        channel_configuration (Any): ``ChannelConfiguration``; object; optional.
        app_hash (str): ``AppHash``; string; optional.
        template_sid (str): ``TemplateSid``; string; matching ``^HJ[0-9a-fA-F]{32}$``; optional.
        template_custom_substitutions (str): ``TemplateCustomSubstitutions``; string; optional.
        device_ip (str): ``DeviceIp``; string; optional.
        enable_sna_client_token (bool): ``EnableSnaClientToken``; boolean; optional.
        risk_check (VerificationRiskCheck | str): ``RiskCheck``; enum:verification_risk_check; one of ``enable``, ``disable``; optional.
        tags (str): ``Tags``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Verification

    Twilio docs: https://www.twilio.com/docs/verify
    """
