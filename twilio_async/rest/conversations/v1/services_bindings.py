# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceBinding resources (``services.bindings``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .enums import ServiceBindingBindingType
    from .types.services_bindings import ServiceBinding

_TYPES = Models(__package__, ".types.services_bindings")
_MODEL = _TYPES("ServiceBinding")
_LIST_PATH = "/v1/Services/{0}/Bindings"
_INSTANCE_PATH = "/v1/Services/{0}/Bindings/{1}"
_LIST: Operation[ServiceBinding] = Operation(
    "bindings.list", "GET", _LIST_PATH, body="none", list_key="bindings", model=_MODEL
).with_params(
    P("binding_type", "BindingType", QUERY, "string", many=True),
    P("identity", "Identity", QUERY, "string", many=True),
)
_FETCH: Operation[ServiceBinding] = Operation(
    "bindings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("bindings.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceBindingFilters(Args):
    binding_type: Sequence[ServiceBindingBindingType | str] | NotGiven = NOT_GIVEN
    identity: Sequence[str] | NotGiven = NOT_GIVEN


class ServiceBindingListArgs(ServiceBindingFilters, ListArgs): ...


class ServiceBindingPageArgs(ServiceBindingFilters, PageArgs): ...


class ServiceBindingContext(InstanceContext):
    """One ServiceBinding: ``/v1/Services/{ChatServiceSid}/Bindings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceBinding: ``GET /v1/Services/{ChatServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceBinding

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceBinding: ``GET /v1/Services/{ChatServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceBinding

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ServiceBinding: ``DELETE /v1/Services/{ChatServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ServiceBinding: ``DELETE /v1/Services/{ChatServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceBindingList(KeyedList[ServiceBindingContext]):
    """ServiceBinding collection: ``/v1/Services/{ChatServiceSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ServiceBindingListArgs,
        """List ServiceBinding resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[ServiceBindingBindingType | str]): ``BindingType``; list<enum:service_binding_binding_type>; one of ``apn``, ``gcm``, ``fcm``, ``twilsock``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceBinding]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceBinding resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[ServiceBindingBindingType | str]): ``BindingType``; list<enum:service_binding_binding_type>; one of ``apn``, ``gcm``, ``fcm``, ``twilsock``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceBinding]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ServiceBindingListArgs,
        """Stream ServiceBinding resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[ServiceBindingBindingType | str]): ``BindingType``; list<enum:service_binding_binding_type>; one of ``apn``, ``gcm``, ``fcm``, ``twilsock``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceBinding.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceBinding resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[ServiceBindingBindingType | str]): ``BindingType``; list<enum:service_binding_binding_type>; one of ``apn``, ``gcm``, ``fcm``, ``twilsock``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceBinding.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ServiceBindingPageArgs,
        """One page of ServiceBinding resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[ServiceBindingBindingType | str]): ``BindingType``; list<enum:service_binding_binding_type>; one of ``apn``, ``gcm``, ``fcm``, ``twilsock``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceBinding]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceBinding resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[ServiceBindingBindingType | str]): ``BindingType``; list<enum:service_binding_binding_type>; one of ``apn``, ``gcm``, ``fcm``, ``twilsock``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceBinding]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
