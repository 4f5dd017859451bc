# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
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
    from .enums import ServiceScanMessageContent
    from .services_alpha_senders import AlphaSenderList
    from .services_channel_senders import ChannelSenderList
    from .services_destination_alpha_senders import DestinationAlphaSenderList
    from .services_phone_numbers import PhoneNumberList
    from .services_short_codes import ShortCodeList
    from .services_us_app_to_person import UsAppToPersonResponseList
    from .services_us_app_to_person_usecases import UsAppToPersonUsecaseList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v1/Services"
_INSTANCE_PATH = "/v1/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("inbound_request_url", "InboundRequestUrl", FORM, "string"),
    P("inbound_method", "InboundMethod", FORM, "string"),
    P("fallback_url", "FallbackUrl", FORM, "string"),
    P("fallback_method", "FallbackMethod", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("sticky_sender", "StickySender", FORM, "boolean"),
    P("mms_converter", "MmsConverter", FORM, "boolean"),
    P("smart_encoding", "SmartEncoding", FORM, "boolean"),
    P("scan_message_content", "ScanMessageContent", FORM, "string"),
    P("fallback_to_long_code", "FallbackToLongCode", FORM, "boolean"),
    P("area_code_geomatch", "AreaCodeGeomatch", FORM, "boolean"),
    P("validity_period", "ValidityPeriod", FORM, "integer"),
    P("synchronous_validation", "SynchronousValidation", FORM, "boolean"),
    P("usecase", "Usecase", FORM, "string"),
    P("use_inbound_webhook_on_number", "UseInboundWebhookOnNumber", FORM, "boolean"),
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
    P("inbound_request_url", "InboundRequestUrl", FORM, "string"),
    P("inbound_method", "InboundMethod", FORM, "string"),
    P("fallback_url", "FallbackUrl", FORM, "string"),
    P("fallback_method", "FallbackMethod", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("sticky_sender", "StickySender", FORM, "boolean"),
    P("mms_converter", "MmsConverter", FORM, "boolean"),
    P("smart_encoding", "SmartEncoding", FORM, "boolean"),
    P("scan_message_content", "ScanMessageContent", FORM, "string"),
    P("fallback_to_long_code", "FallbackToLongCode", FORM, "boolean"),
    P("area_code_geomatch", "AreaCodeGeomatch", FORM, "boolean"),
    P("validity_period", "ValidityPeriod", FORM, "integer"),
    P("synchronous_validation", "SynchronousValidation", FORM, "boolean"),
    P("usecase", "Usecase", FORM, "string"),
    P("use_inbound_webhook_on_number", "UseInboundWebhookOnNumber", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    friendly_name: str
    inbound_request_url: str | NotGiven = NOT_GIVEN
    inbound_method: str | NotGiven = NOT_GIVEN
    fallback_url: str | NotGiven = NOT_GIVEN
    fallback_method: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    sticky_sender: bool | NotGiven = NOT_GIVEN
    mms_converter: bool | NotGiven = NOT_GIVEN
    smart_encoding: bool | NotGiven = NOT_GIVEN
    scan_message_content: ServiceScanMessageContent | str | NotGiven = NOT_GIVEN
    fallback_to_long_code: bool | NotGiven = NOT_GIVEN
    area_code_geomatch: bool | NotGiven = NOT_GIVEN
    validity_period: int | NotGiven = NOT_GIVEN
    synchronous_validation: bool | NotGiven = NOT_GIVEN
    usecase: str | NotGiven = NOT_GIVEN
    use_inbound_webhook_on_number: bool | NotGiven = NOT_GIVEN


class ServiceUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    inbound_request_url: str | NotGiven = NOT_GIVEN
    inbound_method: str | NotGiven = NOT_GIVEN
    fallback_url: str | NotGiven = NOT_GIVEN
    fallback_method: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    sticky_sender: bool | NotGiven = NOT_GIVEN
    mms_converter: bool | NotGiven = NOT_GIVEN
    smart_encoding: bool | NotGiven = NOT_GIVEN
    scan_message_content: ServiceScanMessageContent | str | NotGiven = NOT_GIVEN
    fallback_to_long_code: bool | NotGiven = NOT_GIVEN
    area_code_geomatch: bool | NotGiven = NOT_GIVEN
    validity_period: int | NotGiven = NOT_GIVEN
    synchronous_validation: bool | NotGiven = NOT_GIVEN
    usecase: str | NotGiven = NOT_GIVEN
    use_inbound_webhook_on_number: bool | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v1/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Service: ``GET /v1/Services/{Sid}``."""
    update = _UPDATE.call_method(ServiceUpdateArgs)
    """Update this Service: ``POST /v1/Services/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Service: ``DELETE /v1/Services/{Sid}``; returns True."""
    alpha_senders: Child[AlphaSenderList] = Child(".services_alpha_senders", "AlphaSenderList")
    channel_senders: Child[ChannelSenderList] = Child(
        ".services_channel_senders", "ChannelSenderList"
    )
    destination_alpha_senders: Child[DestinationAlphaSenderList] = Child(
        ".services_destination_alpha_senders", "DestinationAlphaSenderList"
    )
    phone_numbers: Child[PhoneNumberList] = Child(".services_phone_numbers", "PhoneNumberList")
    short_codes: Child[ShortCodeList] = Child(".services_short_codes", "ShortCodeList")
    us_app_to_person: Child[UsAppToPersonResponseList] = Child(
        ".services_us_app_to_person", "UsAppToPersonResponseList"
    )
    us_app_to_person_usecases: Child[UsAppToPersonUsecaseList] = Child(
        ".services_us_app_to_person_usecases", "UsAppToPersonUsecaseList"
    )


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^MG[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ServiceCreateArgs)
    """Create a Service: ``POST /v1/Services``."""
    list = _LIST.list_method(ListArgs)
    """List Service resources: ``GET /v1/Services``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Service resources: ``GET /v1/Services``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Service resources: ``GET /v1/Services``; ``next_page()`` moves on."""
