# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Binding resources (``services.bindings``)."""

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
    from .enums import BindingBindingType
    from .types.services_bindings import Binding

_TYPES = Models(__package__, ".types.services_bindings")
_MODEL = _TYPES("Binding")
_LIST_PATH = "/v2/Services/{0}/Bindings"
_INSTANCE_PATH = "/v2/Services/{0}/Bindings/{1}"
_LIST: Operation[Binding] = Operation(
    "bindings.list", "GET", _LIST_PATH, body="none", list_key="bindings", model=_MODEL
).with_params(
    P("binding_type", "BindingType", QUERY, "string", many=True),
    P("identity", "Identity", QUERY, "string", many=True),
)
_FETCH: Operation[Binding] = Operation(
    "bindings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("bindings.delete", "DELETE", _INSTANCE_PATH, body="none")


class BindingFilters(Args):
    binding_type: Sequence[BindingBindingType | str] | NotGiven = NOT_GIVEN
    identity: Sequence[str] | NotGiven = NOT_GIVEN


class BindingListArgs(BindingFilters, ListArgs): ...


class BindingPageArgs(BindingFilters, PageArgs): ...


class BindingContext(InstanceContext):
    """One Binding: ``/v2/Services/{ServiceSid}/Bindings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Binding: ``GET /v2/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Binding

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Binding: ``GET /v2/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Binding

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Binding: ``DELETE /v2/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Binding: ``DELETE /v2/Services/{ServiceSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class BindingList(KeyedList[BindingContext]):
    """Binding collection: ``/v2/Services/{ServiceSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        BindingListArgs,
        """List Binding resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[BindingBindingType | str]): ``BindingType``; list<enum:binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Binding]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Binding resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[BindingBindingType | str]): ``BindingType``; list<enum:binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Binding]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        BindingListArgs,
        """Stream Binding resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[BindingBindingType | str]): ``BindingType``; list<enum:binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Binding.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Binding resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[BindingBindingType | str]): ``BindingType``; list<enum:binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Binding.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        BindingPageArgs,
        """One page of Binding resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[BindingBindingType | str]): ``BindingType``; list<enum:binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Binding]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Binding resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[BindingBindingType | str]): ``BindingType``; list<enum:binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Binding]

    Twilio docs: https://www.twilio.com/docs/chat
    """
