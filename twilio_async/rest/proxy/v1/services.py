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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        default_ttl (int): ``DefaultTtl``; integer; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        geo_match_level (ServiceGeoMatchLevel | str): ``GeoMatchLevel``; enum:service_geo_match_level; one of ``area-code``, ``overlay``, ``radius``, ``country``; optional.
        number_selection_behavior (ServiceNumberSelectionBehavior | str): ``NumberSelectionBehavior``; enum:service_number_selection_behavior; one of ``avoid-sticky``, ``prefer-sticky``; optional.
        intercept_callback_url (str): ``InterceptCallbackUrl``; uri; optional.
        out_of_session_callback_url (str): ``OutOfSessionCallbackUrl``; uri; optional.
        chat_instance_sid (str): ``ChatInstanceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        default_ttl (int): ``DefaultTtl``; integer; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        geo_match_level (ServiceGeoMatchLevel | str): ``GeoMatchLevel``; enum:service_geo_match_level; one of ``area-code``, ``overlay``, ``radius``, ``country``; optional.
        number_selection_behavior (ServiceNumberSelectionBehavior | str): ``NumberSelectionBehavior``; enum:service_number_selection_behavior; one of ``avoid-sticky``, ``prefer-sticky``; optional.
        intercept_callback_url (str): ``InterceptCallbackUrl``; uri; optional.
        out_of_session_callback_url (str): ``OutOfSessionCallbackUrl``; uri; optional.
        chat_instance_sid (str): ``ChatInstanceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    phone_numbers: Child[PhoneNumberList] = Child(".services_phone_numbers", "PhoneNumberList")
    sessions: Child[SessionList] = Child(".services_sessions", "SessionList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        default_ttl (int): ``DefaultTtl``; integer; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        geo_match_level (ServiceGeoMatchLevel | str): ``GeoMatchLevel``; enum:service_geo_match_level; one of ``area-code``, ``overlay``, ``radius``, ``country``; optional.
        number_selection_behavior (ServiceNumberSelectionBehavior | str): ``NumberSelectionBehavior``; enum:service_number_selection_behavior; one of ``avoid-sticky``, ``prefer-sticky``; optional.
        intercept_callback_url (str): ``InterceptCallbackUrl``; uri; optional.
        out_of_session_callback_url (str): ``OutOfSessionCallbackUrl``; uri; optional.
        chat_instance_sid (str): ``ChatInstanceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        default_ttl (int): ``DefaultTtl``; integer; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        geo_match_level (ServiceGeoMatchLevel | str): ``GeoMatchLevel``; enum:service_geo_match_level; one of ``area-code``, ``overlay``, ``radius``, ``country``; optional.
        number_selection_behavior (ServiceNumberSelectionBehavior | str): ``NumberSelectionBehavior``; enum:service_number_selection_behavior; one of ``avoid-sticky``, ``prefer-sticky``; optional.
        intercept_callback_url (str): ``InterceptCallbackUrl``; uri; optional.
        out_of_session_callback_url (str): ``OutOfSessionCallbackUrl``; uri; optional.
        chat_instance_sid (str): ``ChatInstanceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    list = _LIST.list_method(
        ListArgs,
        """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/proxy
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/proxy
    """,
    )
    """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/proxy
    """
