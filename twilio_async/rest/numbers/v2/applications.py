# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ShortCodeApplication resources (``applications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
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
    from .types.applications import CreateShortCodeApplicationResponse, ShortCodeApplication

_TYPES = Models(__package__, ".types.applications")
_CREATE_SHORT_CODE_APPLICATION_RESPONSE = _TYPES("CreateShortCodeApplicationResponse")
_MODEL = _TYPES("ShortCodeApplication")
_LIST_PATH = "/v2/ShortCodes/Applications"
_INSTANCE_PATH = "/v2/ShortCodes/Applications/{0}"
_CREATE: Operation[CreateShortCodeApplicationResponse] = Operation(
    "applications.create",
    "POST",
    _LIST_PATH,
    body="json",
    model=_CREATE_SHORT_CODE_APPLICATION_RESPONSE,
).with_params(
    P("friendly_name", "friendly_name", JSON, "string", required=True),
    P("iso_country", "iso_country", JSON, "string", required=True),
    P("business_information", "business_information", JSON, "object", required=True),
    P("setup", "setup", JSON, "object", required=True),
)
_LIST: Operation[ShortCodeApplication] = Operation(
    "applications.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
).with_params(
    P("account_sid", "AccountSid", QUERY, "string"),
    P("iso_country", "IsoCountry", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("sid", "Sid", QUERY, "string"),
)
_FETCH: Operation[ShortCodeApplication] = Operation(
    "applications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ShortCodeApplicationCreateArgs(Args):
    friendly_name: str
    iso_country: str
    business_information: Any
    setup: Any


class ShortCodeApplicationFilters(Args):
    account_sid: str | NotGiven = NOT_GIVEN
    iso_country: str | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    sid: str | NotGiven = NOT_GIVEN


class ShortCodeApplicationListArgs(ShortCodeApplicationFilters, ListArgs): ...


class ShortCodeApplicationPageArgs(ShortCodeApplicationFilters, PageArgs): ...


class ShortCodeApplicationContext(InstanceContext):
    """One ShortCodeApplication: ``/v2/ShortCodes/Applications/{sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ShortCodeApplication: ``GET /v2/ShortCodes/Applications/{sid}``."""


class ShortCodeApplicationList(KeyedList[ShortCodeApplicationContext]):
    """ShortCodeApplication collection: ``/v2/ShortCodes/Applications``."""

    __slots__ = ()
    _key = ("sid", "sid", "^WF[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ShortCodeApplicationCreateArgs)
    """Create a ShortCodeApplication: ``POST /v2/ShortCodes/Applications``."""
    list = _LIST.list_method(ShortCodeApplicationListArgs)
    """List ShortCodeApplication resources: ``GET /v2/ShortCodes/Applications``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ShortCodeApplicationListArgs)
    """Stream ShortCodeApplication resources: ``GET /v2/ShortCodes/Applications``; one page in memory at a time."""
    page = _LIST.page_method(ShortCodeApplicationPageArgs)
    """One page of ShortCodeApplication resources: ``GET /v2/ShortCodes/Applications``; ``next_page()`` moves on."""
