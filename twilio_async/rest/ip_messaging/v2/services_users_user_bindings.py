# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""UserBinding resources (``services.users.user_bindings``)."""

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
    from .enums import UserBindingBindingType
    from .types.services_users_user_bindings import UserBinding

_TYPES = Models(__package__, ".types.services_users_user_bindings")
_MODEL = _TYPES("UserBinding")
_LIST_PATH = "/v2/Services/{0}/Users/{1}/Bindings"
_INSTANCE_PATH = "/v2/Services/{0}/Users/{1}/Bindings/{2}"
_LIST: Operation[UserBinding] = Operation(
    "user_bindings.list", "GET", _LIST_PATH, body="none", list_key="bindings", model=_MODEL
).with_params(P("binding_type", "BindingType", QUERY, "string", many=True))
_FETCH: Operation[UserBinding] = Operation(
    "user_bindings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("user_bindings.delete", "DELETE", _INSTANCE_PATH, body="none")


class UserBindingFilters(Args):
    binding_type: Sequence[UserBindingBindingType | str] | NotGiven = NOT_GIVEN


class UserBindingListArgs(UserBindingFilters, ListArgs): ...


class UserBindingPageArgs(UserBindingFilters, PageArgs): ...


class UserBindingContext(InstanceContext):
    """One UserBinding: ``/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this UserBinding: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserBinding

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this UserBinding: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        UserBinding

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this UserBinding: ``DELETE /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this UserBinding: ``DELETE /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class UserBindingList(KeyedList[UserBindingContext]):
    """UserBinding collection: ``/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        UserBindingListArgs,
        """List UserBinding resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[UserBindingBindingType | str]): ``BindingType``; list<enum:user_binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserBinding]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List UserBinding resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[UserBindingBindingType | str]): ``BindingType``; list<enum:user_binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[UserBinding]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        UserBindingListArgs,
        """Stream UserBinding resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[UserBindingBindingType | str]): ``BindingType``; list<enum:user_binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserBinding.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream UserBinding resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[UserBindingBindingType | str]): ``BindingType``; list<enum:user_binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of UserBinding.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        UserBindingPageArgs,
        """One page of UserBinding resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[UserBindingBindingType | str]): ``BindingType``; list<enum:user_binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserBinding]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of UserBinding resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``.

    Parameters are sent in the query string unless noted.

    Args:
        binding_type (Sequence[UserBindingBindingType | str]): ``BindingType``; list<enum:user_binding_binding_type>; one of ``gcm``, ``apn``, ``fcm``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[UserBinding]

    Twilio docs: https://www.twilio.com/docs/chat
    """
