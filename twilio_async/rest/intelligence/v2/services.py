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
    fetch = _FETCH.call_method(Args)
    """Fetch this Service: ``GET /v2/Services/{Sid}``."""
    update = _UPDATE.call_method(ServiceUpdateArgs)
    """Update this Service: ``POST /v2/Services/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Service: ``DELETE /v2/Services/{Sid}``; returns True."""


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v2/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ServiceCreateArgs)
    """Create a Service: ``POST /v2/Services``."""
    list = _LIST.list_method(ListArgs)
    """List Service resources: ``GET /v2/Services``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Service resources: ``GET /v2/Services``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Service resources: ``GET /v2/Services``; ``next_page()`` moves on."""
