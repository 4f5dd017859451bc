# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""Service resources (``services``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .services_bindings import BindingList
    from .services_channels import ChannelList
    from .services_roles import RoleList
    from .services_users import UserList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v2/Services"
_INSTANCE_PATH = "/v2/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_LIST: Operation[Service] = Operation(
    "services.list", "GET", _LIST_PATH, body="none", list_key="services", model=_MODEL
)
_FETCH: Operation[Service] = Operation(
    "services.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Service] = Operation(
    "services.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("default_service_role_sid", "DefaultServiceRoleSid", FORM, "string"),
    P("default_channel_role_sid", "DefaultChannelRoleSid", FORM, "string"),
    P("default_channel_creator_role_sid", "DefaultChannelCreatorRoleSid", FORM, "string"),
    P("read_status_enabled", "ReadStatusEnabled", FORM, "boolean"),
    P("reachability_enabled", "ReachabilityEnabled", FORM, "boolean"),
    P("typing_indicator_timeout", "TypingIndicatorTimeout", FORM, "integer"),
    P("consumption_report_interval", "ConsumptionReportInterval", FORM, "integer"),
    P("notifications_new_message_enabled", "Notifications.NewMessage.Enabled", FORM, "boolean"),
    P("notifications_new_message_template", "Notifications.NewMessage.Template", FORM, "string"),
    P("notifications_new_message_sound", "Notifications.NewMessage.Sound", FORM, "string"),
    P(
        "notifications_new_message_badge_count_enabled",
        "Notifications.NewMessage.BadgeCountEnabled",
        FORM,
        "boolean",
    ),
    P(
        "notifications_added_to_channel_enabled",
        "Notifications.AddedToChannel.Enabled",
        FORM,
        "boolean",
    ),
    P(
        "notifications_added_to_channel_template",
        "Notifications.AddedToChannel.Template",
        FORM,
        "string",
    ),
    P("notifications_added_to_channel_sound", "Notifications.AddedToChannel.Sound", FORM, "string"),
    P(
        "notifications_removed_from_channel_enabled",
        "Notifications.RemovedFromChannel.Enabled",
        FORM,
        "boolean",
    ),
    P(
        "notifications_removed_from_channel_template",
        "Notifications.RemovedFromChannel.Template",
        FORM,
        "string",
    ),
    P(
        "notifications_removed_from_channel_sound",
        "Notifications.RemovedFromChannel.Sound",
        FORM,
        "string",
    ),
    P(
        "notifications_invited_to_channel_enabled",
        "Notifications.InvitedToChannel.Enabled",
        FORM,
        "boolean",
    ),
    P(
        "notifications_invited_to_channel_template",
        "Notifications.InvitedToChannel.Template",
        FORM,
        "string",
    ),
    P(
        "notifications_invited_to_channel_sound",
        "Notifications.InvitedToChannel.Sound",
        FORM,
        "string",
    ),
    P("pre_webhook_url", "PreWebhookUrl", FORM, "string"),
    P("post_webhook_url", "PostWebhookUrl", FORM, "string"),
    P("webhook_method", "WebhookMethod", FORM, "string"),
    P("webhook_filters", "WebhookFilters", FORM, "string", many=True),
    P("limits_channel_members", "Limits.ChannelMembers", FORM, "integer"),
    P("limits_user_channels", "Limits.UserChannels", FORM, "integer"),
    P("media_compatibility_message", "Media.CompatibilityMessage", FORM, "string"),
    P("pre_webhook_retry_count", "PreWebhookRetryCount", FORM, "integer"),
    P("post_webhook_retry_count", "PostWebhookRetryCount", FORM, "integer"),
    P("notifications_log_enabled", "Notifications.LogEnabled", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    friendly_name: str


class ServiceUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    default_service_role_sid: str | NotGiven = NOT_GIVEN
    default_channel_role_sid: str | NotGiven = NOT_GIVEN
    default_channel_creator_role_sid: str | NotGiven = NOT_GIVEN
    read_status_enabled: bool | NotGiven = NOT_GIVEN
    reachability_enabled: bool | NotGiven = NOT_GIVEN
    typing_indicator_timeout: int | NotGiven = NOT_GIVEN
    consumption_report_interval: int | NotGiven = NOT_GIVEN
    notifications_new_message_enabled: bool | NotGiven = NOT_GIVEN
    notifications_new_message_template: str | NotGiven = NOT_GIVEN
    notifications_new_message_sound: str | NotGiven = NOT_GIVEN
    notifications_new_message_badge_count_enabled: bool | NotGiven = NOT_GIVEN
    notifications_added_to_channel_enabled: bool | NotGiven = NOT_GIVEN
    notifications_added_to_channel_template: str | NotGiven = NOT_GIVEN
    notifications_added_to_channel_sound: str | NotGiven = NOT_GIVEN
    notifications_removed_from_channel_enabled: bool | NotGiven = NOT_GIVEN
    notifications_removed_from_channel_template: str | NotGiven = NOT_GIVEN
    notifications_removed_from_channel_sound: str | NotGiven = NOT_GIVEN
    notifications_invited_to_channel_enabled: bool | NotGiven = NOT_GIVEN
    notifications_invited_to_channel_template: str | NotGiven = NOT_GIVEN
    notifications_invited_to_channel_sound: str | NotGiven = NOT_GIVEN
    pre_webhook_url: str | NotGiven = NOT_GIVEN
    post_webhook_url: str | NotGiven = NOT_GIVEN
    webhook_method: str | NotGiven = NOT_GIVEN
    webhook_filters: Sequence[str] | NotGiven = NOT_GIVEN
    limits_channel_members: int | NotGiven = NOT_GIVEN
    limits_user_channels: int | NotGiven = NOT_GIVEN
    media_compatibility_message: str | NotGiven = NOT_GIVEN
    pre_webhook_retry_count: int | NotGiven = NOT_GIVEN
    post_webhook_retry_count: int | NotGiven = NOT_GIVEN
    notifications_log_enabled: bool | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v2/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Service: ``GET /v2/Services/{Sid}``."""
    update = _UPDATE.call_method(ServiceUpdateArgs)
    """Update this Service: ``POST /v2/Services/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Service: ``DELETE /v2/Services/{Sid}``; returns True."""
    bindings: Child[BindingList] = Child(".services_bindings", "BindingList")
    channels: Child[ChannelList] = Child(".services_channels", "ChannelList")
    roles: Child[RoleList] = Child(".services_roles", "RoleList")
    users: Child[UserList] = Child(".services_users", "UserList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v2/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ServiceCreateArgs)
    """Create a Service: ``POST /v2/Services``."""
    list = _LIST.list_method(ListArgs)
    """List Service resources: ``GET /v2/Services``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Service resources: ``GET /v2/Services``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Service resources: ``GET /v2/Services``; ``next_page()`` moves on."""
