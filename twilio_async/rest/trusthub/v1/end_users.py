# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""EndUser resources (``end_users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
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
    from .types.end_users import EndUser

_TYPES = Models(__package__, ".types.end_users")
_MODEL = _TYPES("EndUser")
_LIST_PATH = "/v1/EndUsers"
_INSTANCE_PATH = "/v1/EndUsers/{0}"
_CREATE: Operation[EndUser] = Operation(
    "end_users.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("type", "Type", FORM, "string", required=True),
    P("attributes", "Attributes", FORM, "object"),
)
_LIST: Operation[EndUser] = Operation(
    "end_users.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[EndUser] = Operation(
    "end_users.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[EndUser] = Operation(
    "end_users.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("attributes", "Attributes", FORM, "object"),
)
_DELETE: Operation[None] = Operation("end_users.delete", "DELETE", _INSTANCE_PATH, body="none")


class EndUserCreateArgs(Args):
    friendly_name: str
    type: str
    attributes: Any | NotGiven = NOT_GIVEN


class EndUserUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    attributes: Any | NotGiven = NOT_GIVEN


class EndUserContext(InstanceContext):
    """One EndUser: ``/v1/EndUsers/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this EndUser: ``GET /v1/EndUsers/{Sid}``."""
    update = _UPDATE.call_method(EndUserUpdateArgs)
    """Update this EndUser: ``POST /v1/EndUsers/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this EndUser: ``DELETE /v1/EndUsers/{Sid}``; returns True."""


class EndUserList(KeyedList[EndUserContext]):
    """EndUser collection: ``/v1/EndUsers``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(EndUserCreateArgs)
    """Create a EndUser: ``POST /v1/EndUsers``."""
    list = _LIST.list_method(ListArgs)
    """List EndUser resources: ``GET /v1/EndUsers``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream EndUser resources: ``GET /v1/EndUsers``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of EndUser resources: ``GET /v1/EndUsers``; ``next_page()`` moves on."""
