# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Application resources (``accounts.applications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
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
    from .types.accounts_applications import Application

_TYPES = Models(__package__, ".types.accounts_applications")
_MODEL = _TYPES("Application")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Applications.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Applications/{1}.json"
_CREATE: Operation[Application] = Operation(
    "applications.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("api_version", "ApiVersion", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("voice_caller_id_lookup", "VoiceCallerIdLookup", FORM, "boolean"),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
    P("sms_status_callback", "SmsStatusCallback", FORM, "string"),
    P("message_status_callback", "MessageStatusCallback", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("public_application_connect_enabled", "PublicApplicationConnectEnabled", FORM, "boolean"),
)
_LIST: Operation[Application] = Operation(
    "applications.list", "GET", _LIST_PATH, body="none", list_key="applications", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))
_FETCH: Operation[Application] = Operation(
    "applications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Application] = Operation(
    "applications.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("api_version", "ApiVersion", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("voice_caller_id_lookup", "VoiceCallerIdLookup", FORM, "boolean"),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
    P("sms_status_callback", "SmsStatusCallback", FORM, "string"),
    P("message_status_callback", "MessageStatusCallback", FORM, "string"),
    P("public_application_connect_enabled", "PublicApplicationConnectEnabled", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("applications.delete", "DELETE", _INSTANCE_PATH, body="none")


class ApplicationCreateArgs(Args):
    api_version: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    voice_caller_id_lookup: bool | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN
    sms_status_callback: str | NotGiven = NOT_GIVEN
    message_status_callback: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    public_application_connect_enabled: bool | NotGiven = NOT_GIVEN


class ApplicationFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class ApplicationListArgs(ApplicationFilters, ListArgs): ...


class ApplicationPageArgs(ApplicationFilters, PageArgs): ...


class ApplicationUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    api_version: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    voice_caller_id_lookup: bool | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN
    sms_status_callback: str | NotGiven = NOT_GIVEN
    message_status_callback: str | NotGiven = NOT_GIVEN
    public_application_connect_enabled: bool | NotGiven = NOT_GIVEN


class ApplicationContext(InstanceContext):
    """One Application: ``/2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Application: ``GET /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Application

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Application: ``GET /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Application

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        ApplicationUpdateArgs,
        """Update this Application: ``POST /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AP[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        api_version (str): ``ApiVersion``; string; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        sms_status_callback (str): ``SmsStatusCallback``; uri; optional.
        message_status_callback (str): ``MessageStatusCallback``; uri; optional.
        public_application_connect_enabled (bool): ``PublicApplicationConnectEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Application

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Application: ``POST /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AP[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        api_version (str): ``ApiVersion``; string; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        sms_status_callback (str): ``SmsStatusCallback``; uri; optional.
        message_status_callback (str): ``MessageStatusCallback``; uri; optional.
        public_application_connect_enabled (bool): ``PublicApplicationConnectEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Application

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Application: ``DELETE /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Application: ``DELETE /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^AP[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ApplicationList(KeyedList[ApplicationContext]):
    """Application collection: ``/2010-04-01/Accounts/{AccountSid}/Applications.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AP[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ApplicationCreateArgs,
        """Create a Application: ``POST /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the form body unless noted.

    Args:
        api_version (str): ``ApiVersion``; string; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        sms_status_callback (str): ``SmsStatusCallback``; uri; optional.
        message_status_callback (str): ``MessageStatusCallback``; uri; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        public_application_connect_enabled (bool): ``PublicApplicationConnectEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Application

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Application: ``POST /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the form body unless noted.

    Args:
        api_version (str): ``ApiVersion``; string; optional.
        voice_url (str): ``VoiceUrl``; uri; optional.
        voice_method (str): ``VoiceMethod``; http-method; optional.
        voice_fallback_url (str): ``VoiceFallbackUrl``; uri; optional.
        voice_fallback_method (str): ``VoiceFallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        voice_caller_id_lookup (bool): ``VoiceCallerIdLookup``; boolean; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        sms_status_callback (str): ``SmsStatusCallback``; uri; optional.
        message_status_callback (str): ``MessageStatusCallback``; uri; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        public_application_connect_enabled (bool): ``PublicApplicationConnectEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Application

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ApplicationListArgs,
        """List Application resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Application]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Application resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Application]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ApplicationListArgs,
        """Stream Application resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Application.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Application resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Application.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        ApplicationPageArgs,
        """One page of Application resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Application]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Application resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Applications.json``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Application]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
