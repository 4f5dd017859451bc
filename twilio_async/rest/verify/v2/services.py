# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Service resources (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .services_access_tokens import AccessTokenList
    from .services_approve_challenge import ApproveChallengeList
    from .services_challenges import ChallengesList, ChallengesNewChallengeList
    from .services_entities import EntityList
    from .services_factors import FactorsList, FactorsNewFactorsList
    from .services_messaging_configurations import MessagingConfigurationList
    from .services_rate_limits import RateLimitList
    from .services_verification_checks import VerificationCheckList
    from .services_verifications import VerificationList
    from .services_verify_factor import VerifyFactorList, VerifyFactorNewVerifyFactorsList
    from .services_webhooks import WebhookList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v2/Services"
_INSTANCE_PATH = "/v2/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("code_length", "CodeLength", FORM, "integer"),
    P("lookup_enabled", "LookupEnabled", FORM, "boolean"),
    P("skip_sms_to_landlines", "SkipSmsToLandlines", FORM, "boolean"),
    P("dtmf_input_required", "DtmfInputRequired", FORM, "boolean"),
    P("tts_name", "TtsName", FORM, "string"),
    P("psd2_enabled", "Psd2Enabled", FORM, "boolean"),
    P("do_not_share_warning_enabled", "DoNotShareWarningEnabled", FORM, "boolean"),
    P("custom_code_enabled", "CustomCodeEnabled", FORM, "boolean"),
    P("push_include_date", "Push.IncludeDate", FORM, "boolean"),
    P("push_apn_credential_sid", "Push.ApnCredentialSid", FORM, "string"),
    P("push_fcm_credential_sid", "Push.FcmCredentialSid", FORM, "string"),
    P("totp_issuer", "Totp.Issuer", FORM, "string"),
    P("totp_time_step", "Totp.TimeStep", FORM, "integer"),
    P("totp_code_length", "Totp.CodeLength", FORM, "integer"),
    P("totp_skew", "Totp.Skew", FORM, "integer"),
    P("default_template_sid", "DefaultTemplateSid", FORM, "string"),
    P("whatsapp_msg_service_sid", "Whatsapp.MsgServiceSid", FORM, "string"),
    P("whatsapp_from", "Whatsapp.From", FORM, "string"),
    P("passkeys_relying_party_id", "Passkeys.RelyingParty.Id", FORM, "string"),
    P("passkeys_relying_party_name", "Passkeys.RelyingParty.Name", FORM, "string"),
    P("passkeys_relying_party_origins", "Passkeys.RelyingParty.Origins", FORM, "string"),
    P("passkeys_authenticator_attachment", "Passkeys.AuthenticatorAttachment", FORM, "string"),
    P("passkeys_discoverable_credentials", "Passkeys.DiscoverableCredentials", FORM, "string"),
    P("passkeys_user_verification", "Passkeys.UserVerification", FORM, "string"),
    P("verify_event_subscription_enabled", "VerifyEventSubscriptionEnabled", FORM, "boolean"),
)
_LIST: Operation[Service] = Operation(
    "services.list", "GET", _LIST_PATH, body="none", list_key="services", model=_MODEL
)
_FETCH: Operation[Service] = Operation(
    "services.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Service] = Operation(
    "services.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("code_length", "CodeLength", FORM, "integer"),
    P("lookup_enabled", "LookupEnabled", FORM, "boolean"),
    P("skip_sms_to_landlines", "SkipSmsToLandlines", FORM, "boolean"),
    P("dtmf_input_required", "DtmfInputRequired", FORM, "boolean"),
    P("tts_name", "TtsName", FORM, "string"),
    P("psd2_enabled", "Psd2Enabled", FORM, "boolean"),
    P("do_not_share_warning_enabled", "DoNotShareWarningEnabled", FORM, "boolean"),
    P("custom_code_enabled", "CustomCodeEnabled", FORM, "boolean"),
    P("push_include_date", "Push.IncludeDate", FORM, "boolean"),
    P("push_apn_credential_sid", "Push.ApnCredentialSid", FORM, "string"),
    P("push_fcm_credential_sid", "Push.FcmCredentialSid", FORM, "string"),
    P("totp_issuer", "Totp.Issuer", FORM, "string"),
    P("totp_time_step", "Totp.TimeStep", FORM, "integer"),
    P("totp_code_length", "Totp.CodeLength", FORM, "integer"),
    P("totp_skew", "Totp.Skew", FORM, "integer"),
    P("default_template_sid", "DefaultTemplateSid", FORM, "string"),
    P("whatsapp_msg_service_sid", "Whatsapp.MsgServiceSid", FORM, "string"),
    P("whatsapp_from", "Whatsapp.From", FORM, "string"),
    P("passkeys_relying_party_id", "Passkeys.RelyingParty.Id", FORM, "string"),
    P("passkeys_relying_party_name", "Passkeys.RelyingParty.Name", FORM, "string"),
    P("passkeys_relying_party_origins", "Passkeys.RelyingParty.Origins", FORM, "string"),
    P("passkeys_authenticator_attachment", "Passkeys.AuthenticatorAttachment", FORM, "string"),
    P("passkeys_discoverable_credentials", "Passkeys.DiscoverableCredentials", FORM, "string"),
    P("passkeys_user_verification", "Passkeys.UserVerification", FORM, "string"),
    P("verify_event_subscription_enabled", "VerifyEventSubscriptionEnabled", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    friendly_name: str
    code_length: int | NotGiven = NOT_GIVEN
    lookup_enabled: bool | NotGiven = NOT_GIVEN
    skip_sms_to_landlines: bool | NotGiven = NOT_GIVEN
    dtmf_input_required: bool | NotGiven = NOT_GIVEN
    tts_name: str | NotGiven = NOT_GIVEN
    psd2_enabled: bool | NotGiven = NOT_GIVEN
    do_not_share_warning_enabled: bool | NotGiven = NOT_GIVEN
    custom_code_enabled: bool | NotGiven = NOT_GIVEN
    push_include_date: bool | NotGiven = NOT_GIVEN
    push_apn_credential_sid: str | NotGiven = NOT_GIVEN
    push_fcm_credential_sid: str | NotGiven = NOT_GIVEN
    totp_issuer: str | NotGiven = NOT_GIVEN
    totp_time_step: int | NotGiven = NOT_GIVEN
    totp_code_length: int | NotGiven = NOT_GIVEN
    totp_skew: int | NotGiven = NOT_GIVEN
    default_template_sid: str | NotGiven = NOT_GIVEN
    whatsapp_msg_service_sid: str | NotGiven = NOT_GIVEN
    whatsapp_from: str | NotGiven = NOT_GIVEN
    passkeys_relying_party_id: str | NotGiven = NOT_GIVEN
    passkeys_relying_party_name: str | NotGiven = NOT_GIVEN
    passkeys_relying_party_origins: str | NotGiven = NOT_GIVEN
    passkeys_authenticator_attachment: str | NotGiven = NOT_GIVEN
    passkeys_discoverable_credentials: str | NotGiven = NOT_GIVEN
    passkeys_user_verification: str | NotGiven = NOT_GIVEN
    verify_event_subscription_enabled: bool | NotGiven = NOT_GIVEN


class ServiceUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    code_length: int | NotGiven = NOT_GIVEN
    lookup_enabled: bool | NotGiven = NOT_GIVEN
    skip_sms_to_landlines: bool | NotGiven = NOT_GIVEN
    dtmf_input_required: bool | NotGiven = NOT_GIVEN
    tts_name: str | NotGiven = NOT_GIVEN
    psd2_enabled: bool | NotGiven = NOT_GIVEN
    do_not_share_warning_enabled: bool | NotGiven = NOT_GIVEN
    custom_code_enabled: bool | NotGiven = NOT_GIVEN
    push_include_date: bool | NotGiven = NOT_GIVEN
    push_apn_credential_sid: str | NotGiven = NOT_GIVEN
    push_fcm_credential_sid: str | NotGiven = NOT_GIVEN
    totp_issuer: str | NotGiven = NOT_GIVEN
    totp_time_step: int | NotGiven = NOT_GIVEN
    totp_code_length: int | NotGiven = NOT_GIVEN
    totp_skew: int | NotGiven = NOT_GIVEN
    default_template_sid: str | NotGiven = NOT_GIVEN
    whatsapp_msg_service_sid: str | NotGiven = NOT_GIVEN
    whatsapp_from: str | NotGiven = NOT_GIVEN
    passkeys_relying_party_id: str | NotGiven = NOT_GIVEN
    passkeys_relying_party_name: str | NotGiven = NOT_GIVEN
    passkeys_relying_party_origins: str | NotGiven = NOT_GIVEN
    passkeys_authenticator_attachment: str | NotGiven = NOT_GIVEN
    passkeys_discoverable_credentials: str | NotGiven = NOT_GIVEN
    passkeys_user_verification: str | NotGiven = NOT_GIVEN
    verify_event_subscription_enabled: bool | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v2/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Service: ``GET /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        code_length (int): ``CodeLength``; integer; optional.
        lookup_enabled (bool): ``LookupEnabled``; boolean; optional.
        skip_sms_to_landlines (bool): ``SkipSmsToLandlines``; boolean; optional.
        dtmf_input_required (bool): ``DtmfInputRequired``; boolean; optional.
        tts_name (str): ``TtsName``; string; optional.
        psd2_enabled (bool): ``Psd2Enabled``; boolean; optional.
        do_not_share_warning_enabled (bool): ``DoNotShareWarningEnabled``; boolean; optional.
        custom_code_enabled (bool): ``CustomCodeEnabled``; boolean; optional.
        push_include_date (bool): ``Push.IncludeDate``; boolean; optional.
        push_apn_credential_sid (str): ``Push.ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        push_fcm_credential_sid (str): ``Push.FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        totp_issuer (str): ``Totp.Issuer``; string; optional.
        totp_time_step (int): ``Totp.TimeStep``; integer; optional.
        totp_code_length (int): ``Totp.CodeLength``; integer; optional.
        totp_skew (int): ``Totp.Skew``; integer; optional.
        default_template_sid (str): ``DefaultTemplateSid``; string; matching ``^HJ[0-9a-fA-F]{32}$``; optional.
        whatsapp_msg_service_sid (str): ``Whatsapp.MsgServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        whatsapp_from (str): ``Whatsapp.From``; string; optional.
        passkeys_relying_party_id (str): ``Passkeys.RelyingParty.Id``; string; optional.
        passkeys_relying_party_name (str): ``Passkeys.RelyingParty.Name``; string; optional.
        passkeys_relying_party_origins (str): ``Passkeys.RelyingParty.Origins``; string; optional.
        passkeys_authenticator_attachment (str): ``Passkeys.AuthenticatorAttachment``; string; optional.
        passkeys_discoverable_credentials (str): ``Passkeys.DiscoverableCredentials``; string; optional.
        passkeys_user_verification (str): ``Passkeys.UserVerification``; string; optional.
        verify_event_subscription_enabled (bool): ``VerifyEventSubscriptionEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this Service: ``POST /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        code_length (int): ``CodeLength``; integer; optional.
        lookup_enabled (bool): ``LookupEnabled``; boolean; optional.
        skip_sms_to_landlines (bool): ``SkipSmsToLandlines``; boolean; optional.
        dtmf_input_required (bool): ``DtmfInputRequired``; boolean; optional.
        tts_name (str): ``TtsName``; string; optional.
        psd2_enabled (bool): ``Psd2Enabled``; boolean; optional.
        do_not_share_warning_enabled (bool): ``DoNotShareWarningEnabled``; boolean; optional.
        custom_code_enabled (bool): ``CustomCodeEnabled``; boolean; optional.
        push_include_date (bool): ``Push.IncludeDate``; boolean; optional.
        push_apn_credential_sid (str): ``Push.ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        push_fcm_credential_sid (str): ``Push.FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        totp_issuer (str): ``Totp.Issuer``; string; optional.
        totp_time_step (int): ``Totp.TimeStep``; integer; optional.
        totp_code_length (int): ``Totp.CodeLength``; integer; optional.
        totp_skew (int): ``Totp.Skew``; integer; optional.
        default_template_sid (str): ``DefaultTemplateSid``; string; matching ``^HJ[0-9a-fA-F]{32}$``; optional.
        whatsapp_msg_service_sid (str): ``Whatsapp.MsgServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        whatsapp_from (str): ``Whatsapp.From``; string; optional.
        passkeys_relying_party_id (str): ``Passkeys.RelyingParty.Id``; string; optional.
        passkeys_relying_party_name (str): ``Passkeys.RelyingParty.Name``; string; optional.
        passkeys_relying_party_origins (str): ``Passkeys.RelyingParty.Origins``; string; optional.
        passkeys_authenticator_attachment (str): ``Passkeys.AuthenticatorAttachment``; string; optional.
        passkeys_discoverable_credentials (str): ``Passkeys.DiscoverableCredentials``; string; optional.
        passkeys_user_verification (str): ``Passkeys.UserVerification``; string; optional.
        verify_event_subscription_enabled (bool): ``VerifyEventSubscriptionEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this Service: ``DELETE /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    access_tokens: Child[AccessTokenList] = Child(".services_access_tokens", "AccessTokenList")
    approve_challenge: Child[ApproveChallengeList] = Child(
        ".services_approve_challenge", "ApproveChallengeList"
    )
    challenges: Child[ChallengesList] = Child(".services_challenges", "ChallengesList")
    new_challenge: Child[ChallengesNewChallengeList] = Child(
        ".services_challenges", "ChallengesNewChallengeList"
    )
    entities: Child[EntityList] = Child(".services_entities", "EntityList")
    factors: Child[FactorsList] = Child(".services_factors", "FactorsList")
    new_factors: Child[FactorsNewFactorsList] = Child(".services_factors", "FactorsNewFactorsList")
    messaging_configurations: Child[MessagingConfigurationList] = Child(
        ".services_messaging_configurations", "MessagingConfigurationList"
    )
    rate_limits: Child[RateLimitList] = Child(".services_rate_limits", "RateLimitList")
    verification_checks: Child[VerificationCheckList] = Child(
        ".services_verification_checks", "VerificationCheckList"
    )
    verifications: Child[VerificationList] = Child(".services_verifications", "VerificationList")
    verify_factor: Child[VerifyFactorList] = Child(".services_verify_factor", "VerifyFactorList")
    new_verify_factors: Child[VerifyFactorNewVerifyFactorsList] = Child(
        ".services_verify_factor", "VerifyFactorNewVerifyFactorsList"
    )
    webhooks: Child[WebhookList] = Child(".services_webhooks", "WebhookList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v2/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^VA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v2/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        code_length (int): ``CodeLength``; integer; optional.
        lookup_enabled (bool): ``LookupEnabled``; boolean; optional.
        skip_sms_to_landlines (bool): ``SkipSmsToLandlines``; boolean; optional.
        dtmf_input_required (bool): ``DtmfInputRequired``; boolean; optional.
        tts_name (str): ``TtsName``; string; optional.
        psd2_enabled (bool): ``Psd2Enabled``; boolean; optional.
        do_not_share_warning_enabled (bool): ``DoNotShareWarningEnabled``; boolean; optional.
        custom_code_enabled (bool): ``CustomCodeEnabled``; boolean; optional.
        push_include_date (bool): ``Push.IncludeDate``; boolean; optional.
        push_apn_credential_sid (str): ``Push.ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        push_fcm_credential_sid (str): ``Push.FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        totp_issuer (str): ``Totp.Issuer``; string; optional.
        totp_time_step (int): ``Totp.TimeStep``; integer; optional.
        totp_code_length (int): ``Totp.CodeLength``; integer; optional.
        totp_skew (int): ``Totp.Skew``; integer; optional.
        default_template_sid (str): ``DefaultTemplateSid``; string; matching ``^HJ[0-9a-fA-F]{32}$``; optional.
        whatsapp_msg_service_sid (str): ``Whatsapp.MsgServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        whatsapp_from (str): ``Whatsapp.From``; string; optional.
        passkeys_relying_party_id (str): ``Passkeys.RelyingParty.Id``; string; optional.
        passkeys_relying_party_name (str): ``Passkeys.RelyingParty.Name``; string; optional.
        passkeys_relying_party_origins (str): ``Passkeys.RelyingParty.Origins``; string; optional.
        passkeys_authenticator_attachment (str): ``Passkeys.AuthenticatorAttachment``; string; optional.
        passkeys_discoverable_credentials (str): ``Passkeys.DiscoverableCredentials``; string; optional.
        passkeys_user_verification (str): ``Passkeys.UserVerification``; string; optional.
        verify_event_subscription_enabled (bool): ``VerifyEventSubscriptionEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Service: ``POST /v2/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        code_length (int): ``CodeLength``; integer; optional.
        lookup_enabled (bool): ``LookupEnabled``; boolean; optional.
        skip_sms_to_landlines (bool): ``SkipSmsToLandlines``; boolean; optional.
        dtmf_input_required (bool): ``DtmfInputRequired``; boolean; optional.
        tts_name (str): ``TtsName``; string; optional.
        psd2_enabled (bool): ``Psd2Enabled``; boolean; optional.
        do_not_share_warning_enabled (bool): ``DoNotShareWarningEnabled``; boolean; optional.
        custom_code_enabled (bool): ``CustomCodeEnabled``; boolean; optional.
        push_include_date (bool): ``Push.IncludeDate``; boolean; optional.
        push_apn_credential_sid (str): ``Push.ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        push_fcm_credential_sid (str): ``Push.FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        totp_issuer (str): ``Totp.Issuer``; string; optional.
        totp_time_step (int): ``Totp.TimeStep``; integer; optional.
        totp_code_length (int): ``Totp.CodeLength``; integer; optional.
        totp_skew (int): ``Totp.Skew``; integer; optional.
        default_template_sid (str): ``DefaultTemplateSid``; string; matching ``^HJ[0-9a-fA-F]{32}$``; optional.
        whatsapp_msg_service_sid (str): ``Whatsapp.MsgServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        whatsapp_from (str): ``Whatsapp.From``; string; optional.
        passkeys_relying_party_id (str): ``Passkeys.RelyingParty.Id``; string; optional.
        passkeys_relying_party_name (str): ``Passkeys.RelyingParty.Name``; string; optional.
        passkeys_relying_party_origins (str): ``Passkeys.RelyingParty.Origins``; string; optional.
        passkeys_authenticator_attachment (str): ``Passkeys.AuthenticatorAttachment``; string; optional.
        passkeys_discoverable_credentials (str): ``Passkeys.DiscoverableCredentials``; string; optional.
        passkeys_user_verification (str): ``Passkeys.UserVerification``; string; optional.
        verify_event_subscription_enabled (bool): ``VerifyEventSubscriptionEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List Service resources, every page up to ``limit`` items: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Service resources, one page in memory at a time: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Service resources (``next_page()`` moves on): ``GET /v2/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of Service resources (``next_page()`` moves on): ``GET /v2/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/verify
    """
