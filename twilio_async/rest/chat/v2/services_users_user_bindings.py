# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
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
    fetch = _FETCH.call_method(Args)
    """Fetch this UserBinding: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this UserBinding: ``DELETE /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}``; returns True."""


class UserBindingList(KeyedList[UserBindingContext]):
    """UserBinding collection: ``/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BS[0-9a-fA-F]{32}$")
    list = _LIST.list_method(UserBindingListArgs)
    """List UserBinding resources: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UserBindingListArgs)
    """Stream UserBinding resources: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``; one page in memory at a time."""
    page = _LIST.page_method(UserBindingPageArgs)
    """One page of UserBinding resources: ``GET /v2/Services/{ServiceSid}/Users/{UserSid}/Bindings``; ``next_page()`` moves on."""
