# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""ScimUser resources (``organizations.users``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    HEADER,
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
    from .types.organizations_users import ScimUser

_TYPES = Models(__package__, ".types.organizations_users")
_MODEL = _TYPES("ScimUser")
_LIST_PATH = "/Organizations/{0}/scim/Users"
_INSTANCE_PATH = "/Organizations/{0}/scim/Users/{1}"
_CREATE: Operation[ScimUser] = Operation(
    "users.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("id", "id", JSON, "string"),
    P("external_id", "externalId", JSON, "string"),
    P("user_name", "userName", JSON, "string", required=True),
    P("display_name", "displayName", JSON, "string"),
    P("name", "name", JSON, "object"),
    P("emails", "emails", JSON, "object", many=True),
    P("active", "active", JSON, "boolean"),
    P("locale", "locale", JSON, "string"),
    P("timezone", "timezone", JSON, "string"),
    P("schemas", "schemas", JSON, "string", many=True),
    P("meta", "meta", JSON, "object"),
)
_LIST: Operation[ScimUser] = Operation(
    "users.list", "GET", _LIST_PATH, body="none", list_key="Resources", model=_MODEL
).with_params(P("filter", "filter", QUERY, "string"))
_FETCH: Operation[ScimUser] = Operation(
    "users.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ScimUser] = Operation(
    "users.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("id", "id", JSON, "string"),
    P("external_id", "externalId", JSON, "string"),
    P("user_name", "userName", JSON, "string", required=True),
    P("display_name", "displayName", JSON, "string"),
    P("name", "name", JSON, "object"),
    P("emails", "emails", JSON, "object", many=True),
    P("active", "active", JSON, "boolean"),
    P("locale", "locale", JSON, "string"),
    P("timezone", "timezone", JSON, "string"),
    P("schemas", "schemas", JSON, "string", many=True),
    P("meta", "meta", JSON, "object"),
)
_DELETE: Operation[None] = Operation("users.delete", "DELETE", _INSTANCE_PATH, body="none")


class ScimUserCreateArgs(Args):
    id: str | NotGiven = NOT_GIVEN
    external_id: str | NotGiven = NOT_GIVEN
    user_name: str
    display_name: str | NotGiven = NOT_GIVEN
    name: Any | NotGiven = NOT_GIVEN
    emails: Sequence[Any] | NotGiven = NOT_GIVEN
    active: bool | NotGiven = NOT_GIVEN
    locale: str | NotGiven = NOT_GIVEN
    timezone: str | NotGiven = NOT_GIVEN
    schemas: Sequence[str] | NotGiven = NOT_GIVEN
    meta: Any | NotGiven = NOT_GIVEN


class ScimUserFilters(Args):
    filter: str | NotGiven = NOT_GIVEN


class ScimUserListArgs(ScimUserFilters, ListArgs): ...


class ScimUserPageArgs(ScimUserFilters, PageArgs): ...


class ScimUserUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    id: str | NotGiven = NOT_GIVEN
    external_id: str | NotGiven = NOT_GIVEN
    user_name: str
    display_name: str | NotGiven = NOT_GIVEN
    name: Any | NotGiven = NOT_GIVEN
    emails: Sequence[Any] | NotGiven = NOT_GIVEN
    active: bool | NotGiven = NOT_GIVEN
    locale: str | NotGiven = NOT_GIVEN
    timezone: str | NotGiven = NOT_GIVEN
    schemas: Sequence[str] | NotGiven = NOT_GIVEN
    meta: Any | NotGiven = NOT_GIVEN


class ScimUserContext(InstanceContext):
    """One ScimUser: ``/Organizations/{OrganizationSid}/scim/Users/{UserSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ScimUser: ``GET /Organizations/{OrganizationSid}/scim/Users/{UserSid}``."""
    update = _UPDATE.call_method(ScimUserUpdateArgs)
    """Update this ScimUser: ``PUT /Organizations/{OrganizationSid}/scim/Users/{UserSid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ScimUser: ``DELETE /Organizations/{OrganizationSid}/scim/Users/{UserSid}``; returns True."""


class ScimUserList(KeyedList[ScimUserContext]):
    """ScimUser collection: ``/Organizations/{OrganizationSid}/scim/Users``."""

    __slots__ = ()
    _key = ("UserSid", "user_sid", "US[0-9a-f]{32}")
    create = _CREATE.call_method(ScimUserCreateArgs)
    """Create a ScimUser: ``POST /Organizations/{OrganizationSid}/scim/Users``."""
    list = _LIST.list_method(ScimUserListArgs)
    """List ScimUser resources: ``GET /Organizations/{OrganizationSid}/scim/Users``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ScimUserListArgs)
    """Stream ScimUser resources: ``GET /Organizations/{OrganizationSid}/scim/Users``; one page in memory at a time."""
    page = _LIST.page_method(ScimUserPageArgs)
    """One page of ScimUser resources: ``GET /Organizations/{OrganizationSid}/scim/Users``; ``next_page()`` moves on."""
