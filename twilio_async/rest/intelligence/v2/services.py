# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Service resources (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import ServiceHttpMethod
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v2/Services"
_INSTANCE_PATH = "/v2/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("auto_transcribe", "AutoTranscribe", FORM, "boolean"),
    P("data_logging", "DataLogging", FORM, "boolean"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("language_code", "LanguageCode", FORM, "string"),
    P("auto_redaction", "AutoRedaction", FORM, "boolean"),
    P("media_redaction", "MediaRedaction", FORM, "boolean"),
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("webhook_http_method", "WebhookHttpMethod", FORM, "string"),
    P("encryption_credential_sid", "EncryptionCredentialSid", FORM, "string"),
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
    P("if_match", "If-Match", HEADER, "string"),
    P("auto_transcribe", "AutoTranscribe", FORM, "boolean"),
    P("data_logging", "DataLogging", FORM, "boolean"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("auto_redaction", "AutoRedaction", FORM, "boolean"),
    P("media_redaction", "MediaRedaction", FORM, "boolean"),
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("webhook_http_method", "WebhookHttpMethod", FORM, "string"),
    P("encryption_credential_sid", "EncryptionCredentialSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    unique_name: str
    auto_transcribe: bool | NotGiven = NOT_GIVEN
    data_logging: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN
    auto_redaction: bool | NotGiven = NOT_GIVEN
    media_redaction: bool | NotGiven = NOT_GIVEN
    webhook_url: str | NotGiven = NOT_GIVEN
    webhook_http_method: ServiceHttpMethod | str | NotGiven = NOT_GIVEN
    encryption_credential_sid: str | NotGiven = NOT_GIVEN


class ServiceUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    auto_transcribe: bool | NotGiven = NOT_GIVEN
    data_logging: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    auto_redaction: bool | NotGiven = NOT_GIVEN
    media_redaction: bool | NotGiven = NOT_GIVEN
    webhook_url: str | NotGiven = NOT_GIVEN
    webhook_http_method: ServiceHttpMethod | str | NotGiven = NOT_GIVEN
    encryption_credential_sid: str | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v2/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this Service: ``GET /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        auto_transcribe (bool): ``AutoTranscribe``; boolean; optional.
        data_logging (bool): ``DataLogging``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        auto_redaction (bool): ``AutoRedaction``; boolean; optional.
        media_redaction (bool): ``MediaRedaction``; boolean; optional.
        webhook_url (str): ``WebhookUrl``; string; optional.
        webhook_http_method (ServiceHttpMethod | str): ``WebhookHttpMethod``; enum:service_http_method; one of ``GET``, ``POST``, ``NULL``; optional.
        encryption_credential_sid (str): ``EncryptionCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Update this Service: ``POST /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        auto_transcribe (bool): ``AutoTranscribe``; boolean; optional.
        data_logging (bool): ``DataLogging``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        unique_name (str): ``UniqueName``; string; optional.
        auto_redaction (bool): ``AutoRedaction``; boolean; optional.
        media_redaction (bool): ``MediaRedaction``; boolean; optional.
        webhook_url (str): ``WebhookUrl``; string; optional.
        webhook_http_method (ServiceHttpMethod | str): ``WebhookHttpMethod``; enum:service_http_method; one of ``GET``, ``POST``, ``NULL``; optional.
        encryption_credential_sid (str): ``EncryptionCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Delete this Service: ``DELETE /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v2/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v2/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        auto_transcribe (bool): ``AutoTranscribe``; boolean; optional.
        data_logging (bool): ``DataLogging``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        auto_redaction (bool): ``AutoRedaction``; boolean; optional.
        media_redaction (bool): ``MediaRedaction``; boolean; optional.
        webhook_url (str): ``WebhookUrl``; string; optional.
        webhook_http_method (ServiceHttpMethod | str): ``WebhookHttpMethod``; enum:service_http_method; one of ``GET``, ``POST``, ``NULL``; optional.
        encryption_credential_sid (str): ``EncryptionCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Create a Service: ``POST /v2/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        auto_transcribe (bool): ``AutoTranscribe``; boolean; optional.
        data_logging (bool): ``DataLogging``; boolean; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        language_code (str): ``LanguageCode``; string; optional.
        auto_redaction (bool): ``AutoRedaction``; boolean; optional.
        media_redaction (bool): ``MediaRedaction``; boolean; optional.
        webhook_url (str): ``WebhookUrl``; string; optional.
        webhook_http_method (ServiceHttpMethod | str): ``WebhookHttpMethod``; enum:service_http_method; one of ``GET``, ``POST``, ``NULL``; optional.
        encryption_credential_sid (str): ``EncryptionCredentialSid``; string; matching ``^CR[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
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

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
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

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
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

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
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

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
