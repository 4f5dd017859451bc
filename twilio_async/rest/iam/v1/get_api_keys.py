# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""GetApiKeys resources (``get_api_keys``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import NewKeyKeytype
    from .types.get_api_keys import GetApiKeys, NewKey

_TYPES = Models(__package__, ".types.get_api_keys")
_MODEL = _TYPES("GetApiKeys")
_NEW_KEY = _TYPES("NewKey")
_LIST_PATH = "/v1/Keys"
_CREATE: Operation[NewKey] = Operation(
    "get_api_keys.create", "POST", _LIST_PATH, body="form", model=_NEW_KEY
).with_params(
    P("account_sid", "AccountSid", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("key_type", "KeyType", FORM, "string"),
    P("policy", "Policy", FORM, "object"),
)
_LIST: Operation[GetApiKeys] = Operation(
    "get_api_keys.list", "GET", _LIST_PATH, body="none", list_key="keys", model=_MODEL
).with_params(P("account_sid", "AccountSid", QUERY, "string", required=True))


class GetApiKeysCreateArgs(Args):
    account_sid: str
    friendly_name: str | NotGiven = NOT_GIVEN
    key_type: NewKeyKeytype | str | NotGiven = NOT_GIVEN
    policy: Any | NotGiven = NOT_GIVEN


class GetApiKeysFilters(Args):
    account_sid: str


class GetApiKeysListArgs(GetApiKeysFilters, ListArgs): ...


class GetApiKeysPageArgs(GetApiKeysFilters, PageArgs): ...


class GetApiKeysList(ListResource):
    """GetApiKeys collection: ``/v1/Keys``."""

    __slots__ = ()
    create = _CREATE.call_method(GetApiKeysCreateArgs)
    """Create a GetApiKeys: ``POST /v1/Keys``."""
    list = _LIST.list_method(GetApiKeysListArgs)
    """List GetApiKeys resources: ``GET /v1/Keys``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(GetApiKeysListArgs)
    """Stream GetApiKeys resources: ``GET /v1/Keys``; one page in memory at a time."""
    page = _LIST.page_method(GetApiKeysPageArgs)
    """One page of GetApiKeys resources: ``GET /v1/Keys``; ``next_page()`` moves on."""


class GetApiKeysNewApiKeyList(ListResource):
    """``new_api_key``: GetApiKeys operations as twilio-python mounts them."""

    __slots__ = ()
    create = _CREATE.call_method(GetApiKeysCreateArgs)
    """Create a GetApiKeys: ``POST /v1/Keys``."""
