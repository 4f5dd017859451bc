# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
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
    from .enums import ServiceGeoMatchLevel, ServiceNumberSelectionBehavior
    from .services_phone_numbers import PhoneNumberList
    from .services_sessions import SessionList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v1/Services"
_INSTANCE_PATH = "/v1/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("default_ttl", "DefaultTtl", FORM, "integer"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("geo_match_level", "GeoMatchLevel", FORM, "string"),
    P("number_selection_behavior", "NumberSelectionBehavior", FORM, "string"),
    P("intercept_callback_url", "InterceptCallbackUrl", FORM, "string"),
    P("out_of_session_callback_url", "OutOfSessionCallbackUrl", FORM, "string"),
    P("chat_instance_sid", "ChatInstanceSid", FORM, "string"),
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
    P("unique_name", "UniqueName", FORM, "string"),
    P("default_ttl", "DefaultTtl", FORM, "integer"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("geo_match_level", "GeoMatchLevel", FORM, "string"),
    P("number_selection_behavior", "NumberSelectionBehavior", FORM, "string"),
    P("intercept_callback_url", "InterceptCallbackUrl", FORM, "string"),
    P("out_of_session_callback_url", "OutOfSessionCallbackUrl", FORM, "string"),
    P("chat_instance_sid", "ChatInstanceSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    unique_name: str
    default_ttl: int | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    geo_match_level: ServiceGeoMatchLevel | str | NotGiven = NOT_GIVEN
    number_selection_behavior: ServiceNumberSelectionBehavior | str | NotGiven = NOT_GIVEN
    intercept_callback_url: str | NotGiven = NOT_GIVEN
    out_of_session_callback_url: str | NotGiven = NOT_GIVEN
    chat_instance_sid: str | NotGiven = NOT_GIVEN


class ServiceUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    default_ttl: int | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    geo_match_level: ServiceGeoMatchLevel | str | NotGiven = NOT_GIVEN
    number_selection_behavior: ServiceNumberSelectionBehavior | str | NotGiven = NOT_GIVEN
    intercept_callback_url: str | NotGiven = NOT_GIVEN
    out_of_session_callback_url: str | NotGiven = NOT_GIVEN
    chat_instance_sid: str | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v1/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Service: ``GET /v1/Services/{Sid}``."""
    update = _UPDATE.call_method(ServiceUpdateArgs)
    """Update this Service: ``POST /v1/Services/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Service: ``DELETE /v1/Services/{Sid}``; returns True."""
    phone_numbers: Child[PhoneNumberList] = Child(".services_phone_numbers", "PhoneNumberList")
    sessions: Child[SessionList] = Child(".services_sessions", "SessionList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ServiceCreateArgs)
    """Create a Service: ``POST /v1/Services``."""
    list = _LIST.list_method(ListArgs)
    """List Service resources: ``GET /v1/Services``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Service resources: ``GET /v1/Services``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Service resources: ``GET /v1/Services``; ``next_page()`` moves on."""
