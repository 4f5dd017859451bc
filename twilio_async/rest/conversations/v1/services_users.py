# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceUser resources (``services.users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import ServiceUserWebhookEnabledType
    from .services_users_user_conversations import ServiceUserConversationList
    from .types.services_users import ServiceUser

_TYPES = Models(__package__, ".types.services_users")
_MODEL = _TYPES("ServiceUser")
_LIST_PATH = "/v1/Services/{0}/Users"
_INSTANCE_PATH = "/v1/Services/{0}/Users/{1}"
_CREATE: Operation[ServiceUser] = Operation(
    "users.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("identity", "Identity", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("role_sid", "RoleSid", FORM, "string"),
)
_LIST: Operation[ServiceUser] = Operation(
    "users.list", "GET", _LIST_PATH, body="none", list_key="users", model=_MODEL
)
_FETCH: Operation[ServiceUser] = Operation(
    "users.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceUser] = Operation(
    "users.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("role_sid", "RoleSid", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "users.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "string"))


class ServiceUserCreateArgs(Args):
    x_twilio_webhook_enabled: ServiceUserWebhookEnabledType | str | NotGiven = NOT_GIVEN
    identity: str
    friendly_name: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN


class ServiceUserUpdateArgs(Args):
    x_twilio_webhook_enabled: ServiceUserWebhookEnabledType | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    role_sid: str | NotGiven = NOT_GIVEN


class ServiceUserDeleteArgs(Args):
    x_twilio_webhook_enabled: ServiceUserWebhookEnabledType | str | NotGiven = NOT_GIVEN


class ServiceUserContext(InstanceContext):
    """One ServiceUser: ``/v1/Services/{ChatServiceSid}/Users/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ServiceUser: ``GET /v1/Services/{ChatServiceSid}/Users/{Sid}``."""
    update = _UPDATE.call_method(ServiceUserUpdateArgs)
    """Update this ServiceUser: ``POST /v1/Services/{ChatServiceSid}/Users/{Sid}``."""
    delete = _DELETE.delete_method(ServiceUserDeleteArgs)
    """Delete this ServiceUser: ``DELETE /v1/Services/{ChatServiceSid}/Users/{Sid}``; returns True."""
    user_conversations: Child[ServiceUserConversationList] = Child(
        ".services_users_user_conversations", "ServiceUserConversationList"
    )


class ServiceUserList(KeyedList[ServiceUserContext]):
    """ServiceUser collection: ``/v1/Services/{ChatServiceSid}/Users``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ServiceUserCreateArgs)
    """Create a ServiceUser: ``POST /v1/Services/{ChatServiceSid}/Users``."""
    list = _LIST.list_method(ListArgs)
    """List ServiceUser resources: ``GET /v1/Services/{ChatServiceSid}/Users``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ServiceUser resources: ``GET /v1/Services/{ChatServiceSid}/Users``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ServiceUser resources: ``GET /v1/Services/{ChatServiceSid}/Users``; ``next_page()`` moves on."""
