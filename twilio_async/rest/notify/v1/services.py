# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Service resources (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .services_bindings import BindingList
    from .services_notifications import NotificationList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v1/Services"
_INSTANCE_PATH = "/v1/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("apn_credential_sid", "ApnCredentialSid", FORM, "string"),
    P("gcm_credential_sid", "GcmCredentialSid", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("facebook_messenger_page_id", "FacebookMessengerPageId", FORM, "string"),
    P(
        "default_apn_notification_protocol_version",
        "DefaultApnNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P(
        "default_gcm_notification_protocol_version",
        "DefaultGcmNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P("fcm_credential_sid", "FcmCredentialSid", FORM, "string"),
    P(
        "default_fcm_notification_protocol_version",
        "DefaultFcmNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P("log_enabled", "LogEnabled", FORM, "boolean"),
    P("alexa_skill_id", "AlexaSkillId", FORM, "string"),
    P(
        "default_alexa_notification_protocol_version",
        "DefaultAlexaNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P("delivery_callback_url", "DeliveryCallbackUrl", FORM, "string"),
    P("delivery_callback_enabled", "DeliveryCallbackEnabled", FORM, "boolean"),
)
_LIST: Operation[Service] = Operation(
    "services.list", "GET", _LIST_PATH, body="none", list_key="services", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))
_FETCH: Operation[Service] = Operation(
    "services.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Service] = Operation(
    "services.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("apn_credential_sid", "ApnCredentialSid", FORM, "string"),
    P("gcm_credential_sid", "GcmCredentialSid", FORM, "string"),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string"),
    P("facebook_messenger_page_id", "FacebookMessengerPageId", FORM, "string"),
    P(
        "default_apn_notification_protocol_version",
        "DefaultApnNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P(
        "default_gcm_notification_protocol_version",
        "DefaultGcmNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P("fcm_credential_sid", "FcmCredentialSid", FORM, "string"),
    P(
        "default_fcm_notification_protocol_version",
        "DefaultFcmNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P("log_enabled", "LogEnabled", FORM, "boolean"),
    P("alexa_skill_id", "AlexaSkillId", FORM, "string"),
    P(
        "default_alexa_notification_protocol_version",
        "DefaultAlexaNotificationProtocolVersion",
        FORM,
        "string",
    ),
    P("delivery_callback_url", "DeliveryCallbackUrl", FORM, "string"),
    P("delivery_callback_enabled", "DeliveryCallbackEnabled", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    apn_credential_sid: str | NotGiven = NOT_GIVEN
    gcm_credential_sid: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    facebook_messenger_page_id: str | NotGiven = NOT_GIVEN
    default_apn_notification_protocol_version: str | NotGiven = NOT_GIVEN
    default_gcm_notification_protocol_version: str | NotGiven = NOT_GIVEN
    fcm_credential_sid: str | NotGiven = NOT_GIVEN
    default_fcm_notification_protocol_version: str | NotGiven = NOT_GIVEN
    log_enabled: bool | NotGiven = NOT_GIVEN
    alexa_skill_id: str | NotGiven = NOT_GIVEN
    default_alexa_notification_protocol_version: str | NotGiven = NOT_GIVEN
    delivery_callback_url: str | NotGiven = NOT_GIVEN
    delivery_callback_enabled: bool | NotGiven = NOT_GIVEN


class ServiceFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class ServiceListArgs(ServiceFilters, ListArgs): ...


class ServicePageArgs(ServiceFilters, PageArgs): ...


class ServiceUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    apn_credential_sid: str | NotGiven = NOT_GIVEN
    gcm_credential_sid: str | NotGiven = NOT_GIVEN
    messaging_service_sid: str | NotGiven = NOT_GIVEN
    facebook_messenger_page_id: str | NotGiven = NOT_GIVEN
    default_apn_notification_protocol_version: str | NotGiven = NOT_GIVEN
    default_gcm_notification_protocol_version: str | NotGiven = NOT_GIVEN
    fcm_credential_sid: str | NotGiven = NOT_GIVEN
    default_fcm_notification_protocol_version: str | NotGiven = NOT_GIVEN
    log_enabled: bool | NotGiven = NOT_GIVEN
    alexa_skill_id: str | NotGiven = NOT_GIVEN
    default_alexa_notification_protocol_version: str | NotGiven = NOT_GIVEN
    delivery_callback_url: str | NotGiven = NOT_GIVEN
    delivery_callback_enabled: bool | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v1/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/notify
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        apn_credential_sid (str): ``ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        gcm_credential_sid (str): ``GcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        facebook_messenger_page_id (str): ``FacebookMessengerPageId``; string; optional.
        default_apn_notification_protocol_version (str): ``DefaultApnNotificationProtocolVersion``; string; optional.
        default_gcm_notification_protocol_version (str): ``DefaultGcmNotificationProtocolVersion``; string; optional.
        fcm_credential_sid (str): ``FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        default_fcm_notification_protocol_version (str): ``DefaultFcmNotificationProtocolVersion``; string; optional.
        log_enabled (bool): ``LogEnabled``; boolean; optional.
        alexa_skill_id (str): ``AlexaSkillId``; string; optional.
        default_alexa_notification_protocol_version (str): ``DefaultAlexaNotificationProtocolVersion``; string; optional.
        delivery_callback_url (str): ``DeliveryCallbackUrl``; string; optional.
        delivery_callback_enabled (bool): ``DeliveryCallbackEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        apn_credential_sid (str): ``ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        gcm_credential_sid (str): ``GcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        facebook_messenger_page_id (str): ``FacebookMessengerPageId``; string; optional.
        default_apn_notification_protocol_version (str): ``DefaultApnNotificationProtocolVersion``; string; optional.
        default_gcm_notification_protocol_version (str): ``DefaultGcmNotificationProtocolVersion``; string; optional.
        fcm_credential_sid (str): ``FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        default_fcm_notification_protocol_version (str): ``DefaultFcmNotificationProtocolVersion``; string; optional.
        log_enabled (bool): ``LogEnabled``; boolean; optional.
        alexa_skill_id (str): ``AlexaSkillId``; string; optional.
        default_alexa_notification_protocol_version (str): ``DefaultAlexaNotificationProtocolVersion``; string; optional.
        delivery_callback_url (str): ``DeliveryCallbackUrl``; string; optional.
        delivery_callback_enabled (bool): ``DeliveryCallbackEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/notify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/notify
    """
    bindings: Child[BindingList] = Child(".services_bindings", "BindingList")
    notifications: Child[NotificationList] = Child(".services_notifications", "NotificationList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        apn_credential_sid (str): ``ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        gcm_credential_sid (str): ``GcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        facebook_messenger_page_id (str): ``FacebookMessengerPageId``; string; optional.
        default_apn_notification_protocol_version (str): ``DefaultApnNotificationProtocolVersion``; string; optional.
        default_gcm_notification_protocol_version (str): ``DefaultGcmNotificationProtocolVersion``; string; optional.
        fcm_credential_sid (str): ``FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        default_fcm_notification_protocol_version (str): ``DefaultFcmNotificationProtocolVersion``; string; optional.
        log_enabled (bool): ``LogEnabled``; boolean; optional.
        alexa_skill_id (str): ``AlexaSkillId``; string; optional.
        default_alexa_notification_protocol_version (str): ``DefaultAlexaNotificationProtocolVersion``; string; optional.
        delivery_callback_url (str): ``DeliveryCallbackUrl``; string; optional.
        delivery_callback_enabled (bool): ``DeliveryCallbackEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        apn_credential_sid (str): ``ApnCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        gcm_credential_sid (str): ``GcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        facebook_messenger_page_id (str): ``FacebookMessengerPageId``; string; optional.
        default_apn_notification_protocol_version (str): ``DefaultApnNotificationProtocolVersion``; string; optional.
        default_gcm_notification_protocol_version (str): ``DefaultGcmNotificationProtocolVersion``; string; optional.
        fcm_credential_sid (str): ``FcmCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        default_fcm_notification_protocol_version (str): ``DefaultFcmNotificationProtocolVersion``; string; optional.
        log_enabled (bool): ``LogEnabled``; boolean; optional.
        alexa_skill_id (str): ``AlexaSkillId``; string; optional.
        default_alexa_notification_protocol_version (str): ``DefaultAlexaNotificationProtocolVersion``; string; optional.
        delivery_callback_url (str): ``DeliveryCallbackUrl``; string; optional.
        delivery_callback_enabled (bool): ``DeliveryCallbackEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/notify
    """
    list = _LIST.list_method(
        ServiceListArgs,
        """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/notify
    """
    stream = _LIST.stream_method(
        ServiceListArgs,
        """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/notify
    """
    page = _LIST.page_method(
        ServicePageArgs,
        """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/notify
    """
