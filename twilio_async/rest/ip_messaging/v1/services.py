# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
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
    from .services_channels import ChannelList
    from .services_roles import RoleList
    from .services_users import UserList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v1/Services"
_INSTANCE_PATH = "/v1/Services/{0}"
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
    P("pre_webhook_url", "PreWebhookUrl", FORM, "string"),
    P("post_webhook_url", "PostWebhookUrl", FORM, "string"),
    P("webhook_method", "WebhookMethod", FORM, "string"),
    P("webhook_filters", "WebhookFilters", FORM, "string", many=True),
    P("webhooks_on_message_send_url", "Webhooks.OnMessageSend.Url", FORM, "string"),
    P("webhooks_on_message_send_method", "Webhooks.OnMessageSend.Method", FORM, "string"),
    P("webhooks_on_message_update_url", "Webhooks.OnMessageUpdate.Url", FORM, "string"),
    P("webhooks_on_message_update_method", "Webhooks.OnMessageUpdate.Method", FORM, "string"),
    P("webhooks_on_message_remove_url", "Webhooks.OnMessageRemove.Url", FORM, "string"),
    P("webhooks_on_message_remove_method", "Webhooks.OnMessageRemove.Method", FORM, "string"),
    P("webhooks_on_channel_add_url", "Webhooks.OnChannelAdd.Url", FORM, "string"),
    P("webhooks_on_channel_add_method", "Webhooks.OnChannelAdd.Method", FORM, "string"),
    P("webhooks_on_channel_destroy_url", "Webhooks.OnChannelDestroy.Url", FORM, "string"),
    P("webhooks_on_channel_destroy_method", "Webhooks.OnChannelDestroy.Method", FORM, "string"),
    P("webhooks_on_channel_update_url", "Webhooks.OnChannelUpdate.Url", FORM, "string"),
    P("webhooks_on_channel_update_method", "Webhooks.OnChannelUpdate.Method", FORM, "string"),
    P("webhooks_on_member_add_url", "Webhooks.OnMemberAdd.Url", FORM, "string"),
    P("webhooks_on_member_add_method", "Webhooks.OnMemberAdd.Method", FORM, "string"),
    P("webhooks_on_member_remove_url", "Webhooks.OnMemberRemove.Url", FORM, "string"),
    P("webhooks_on_member_remove_method", "Webhooks.OnMemberRemove.Method", FORM, "string"),
    P("webhooks_on_message_sent_url", "Webhooks.OnMessageSent.Url", FORM, "string"),
    P("webhooks_on_message_sent_method", "Webhooks.OnMessageSent.Method", FORM, "string"),
    P("webhooks_on_message_updated_url", "Webhooks.OnMessageUpdated.Url", FORM, "string"),
    P("webhooks_on_message_updated_method", "Webhooks.OnMessageUpdated.Method", FORM, "string"),
    P("webhooks_on_message_removed_url", "Webhooks.OnMessageRemoved.Url", FORM, "string"),
    P("webhooks_on_message_removed_method", "Webhooks.OnMessageRemoved.Method", FORM, "string"),
    P("webhooks_on_channel_added_url", "Webhooks.OnChannelAdded.Url", FORM, "string"),
    P("webhooks_on_channel_added_method", "Webhooks.OnChannelAdded.Method", FORM, "string"),
    P("webhooks_on_channel_destroyed_url", "Webhooks.OnChannelDestroyed.Url", FORM, "string"),
    P("webhooks_on_channel_destroyed_method", "Webhooks.OnChannelDestroyed.Method", FORM, "string"),
    P("webhooks_on_channel_updated_url", "Webhooks.OnChannelUpdated.Url", FORM, "string"),
    P("webhooks_on_channel_updated_method", "Webhooks.OnChannelUpdated.Method", FORM, "string"),
    P("webhooks_on_member_added_url", "Webhooks.OnMemberAdded.Url", FORM, "string"),
    P("webhooks_on_member_added_method", "Webhooks.OnMemberAdded.Method", FORM, "string"),
    P("webhooks_on_member_removed_url", "Webhooks.OnMemberRemoved.Url", FORM, "string"),
    P("webhooks_on_member_removed_method", "Webhooks.OnMemberRemoved.Method", FORM, "string"),
    P("limits_channel_members", "Limits.ChannelMembers", FORM, "integer"),
    P("limits_user_channels", "Limits.UserChannels", FORM, "integer"),
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
    notifications_added_to_channel_enabled: bool | NotGiven = NOT_GIVEN
    notifications_added_to_channel_template: str | NotGiven = NOT_GIVEN
    notifications_removed_from_channel_enabled: bool | NotGiven = NOT_GIVEN
    notifications_removed_from_channel_template: str | NotGiven = NOT_GIVEN
    notifications_invited_to_channel_enabled: bool | NotGiven = NOT_GIVEN
    notifications_invited_to_channel_template: str | NotGiven = NOT_GIVEN
    pre_webhook_url: str | NotGiven = NOT_GIVEN
    post_webhook_url: str | NotGiven = NOT_GIVEN
    webhook_method: str | NotGiven = NOT_GIVEN
    webhook_filters: Sequence[str] | NotGiven = NOT_GIVEN
    webhooks_on_message_send_url: str | NotGiven = NOT_GIVEN
    webhooks_on_message_send_method: str | NotGiven = NOT_GIVEN
    webhooks_on_message_update_url: str | NotGiven = NOT_GIVEN
    webhooks_on_message_update_method: str | NotGiven = NOT_GIVEN
    webhooks_on_message_remove_url: str | NotGiven = NOT_GIVEN
    webhooks_on_message_remove_method: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_add_url: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_add_method: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_destroy_url: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_destroy_method: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_update_url: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_update_method: str | NotGiven = NOT_GIVEN
    webhooks_on_member_add_url: str | NotGiven = NOT_GIVEN
    webhooks_on_member_add_method: str | NotGiven = NOT_GIVEN
    webhooks_on_member_remove_url: str | NotGiven = NOT_GIVEN
    webhooks_on_member_remove_method: str | NotGiven = NOT_GIVEN
    webhooks_on_message_sent_url: str | NotGiven = NOT_GIVEN
    webhooks_on_message_sent_method: str | NotGiven = NOT_GIVEN
    webhooks_on_message_updated_url: str | NotGiven = NOT_GIVEN
    webhooks_on_message_updated_method: str | NotGiven = NOT_GIVEN
    webhooks_on_message_removed_url: str | NotGiven = NOT_GIVEN
    webhooks_on_message_removed_method: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_added_url: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_added_method: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_destroyed_url: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_destroyed_method: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_updated_url: str | NotGiven = NOT_GIVEN
    webhooks_on_channel_updated_method: str | NotGiven = NOT_GIVEN
    webhooks_on_member_added_url: str | NotGiven = NOT_GIVEN
    webhooks_on_member_added_method: str | NotGiven = NOT_GIVEN
    webhooks_on_member_removed_url: str | NotGiven = NOT_GIVEN
    webhooks_on_member_removed_method: str | NotGiven = NOT_GIVEN
    limits_channel_members: int | NotGiven = NOT_GIVEN
    limits_user_channels: int | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v1/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Service: ``GET /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        default_service_role_sid (str): ``DefaultServiceRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_channel_role_sid (str): ``DefaultChannelRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_channel_creator_role_sid (str): ``DefaultChannelCreatorRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        read_status_enabled (bool): ``ReadStatusEnabled``; boolean; optional.
        reachability_enabled (bool): ``ReachabilityEnabled``; boolean; optional.
        typing_indicator_timeout (int): ``TypingIndicatorTimeout``; integer; optional.
        consumption_report_interval (int): ``ConsumptionReportInterval``; integer; optional.
        notifications_new_message_enabled (bool): ``Notifications.NewMessage.Enabled``; boolean; optional.
        notifications_new_message_template (str): ``Notifications.NewMessage.Template``; string; optional.
        notifications_added_to_channel_enabled (bool): ``Notifications.AddedToChannel.Enabled``; boolean; optional.
        notifications_added_to_channel_template (str): ``Notifications.AddedToChannel.Template``; string; optional.
        notifications_removed_from_channel_enabled (bool): ``Notifications.RemovedFromChannel.Enabled``; boolean; optional.
        notifications_removed_from_channel_template (str): ``Notifications.RemovedFromChannel.Template``; string; optional.
        notifications_invited_to_channel_enabled (bool): ``Notifications.InvitedToChannel.Enabled``; boolean; optional.
        notifications_invited_to_channel_template (str): ``Notifications.InvitedToChannel.Template``; string; optional.
        pre_webhook_url (str): ``PreWebhookUrl``; uri; optional.
        post_webhook_url (str): ``PostWebhookUrl``; uri; optional.
        webhook_method (str): ``WebhookMethod``; http-method; optional.
        webhook_filters (Sequence[str]): ``WebhookFilters``; list<string>; optional.
        webhooks_on_message_send_url (str): ``Webhooks.OnMessageSend.Url``; uri; optional.
        webhooks_on_message_send_method (str): ``Webhooks.OnMessageSend.Method``; http-method; optional.
        webhooks_on_message_update_url (str): ``Webhooks.OnMessageUpdate.Url``; uri; optional.
        webhooks_on_message_update_method (str): ``Webhooks.OnMessageUpdate.Method``; http-method; optional.
        webhooks_on_message_remove_url (str): ``Webhooks.OnMessageRemove.Url``; uri; optional.
        webhooks_on_message_remove_method (str): ``Webhooks.OnMessageRemove.Method``; http-method; optional.
        webhooks_on_channel_add_url (str): ``Webhooks.OnChannelAdd.Url``; uri; optional.
        webhooks_on_channel_add_method (str): ``Webhooks.OnChannelAdd.Method``; http-method; optional.
        webhooks_on_channel_destroy_url (str): ``Webhooks.OnChannelDestroy.Url``; uri; optional.
        webhooks_on_channel_destroy_method (str): ``Webhooks.OnChannelDestroy.Method``; http-method; optional.
        webhooks_on_channel_update_url (str): ``Webhooks.OnChannelUpdate.Url``; uri; optional.
        webhooks_on_channel_update_method (str): ``Webhooks.OnChannelUpdate.Method``; http-method; optional.
        webhooks_on_member_add_url (str): ``Webhooks.OnMemberAdd.Url``; uri; optional.
        webhooks_on_member_add_method (str): ``Webhooks.OnMemberAdd.Method``; http-method; optional.
        webhooks_on_member_remove_url (str): ``Webhooks.OnMemberRemove.Url``; uri; optional.
        webhooks_on_member_remove_method (str): ``Webhooks.OnMemberRemove.Method``; http-method; optional.
        webhooks_on_message_sent_url (str): ``Webhooks.OnMessageSent.Url``; uri; optional.
        webhooks_on_message_sent_method (str): ``Webhooks.OnMessageSent.Method``; http-method; optional.
        webhooks_on_message_updated_url (str): ``Webhooks.OnMessageUpdated.Url``; uri; optional.
        webhooks_on_message_updated_method (str): ``Webhooks.OnMessageUpdated.Method``; http-method; optional.
        webhooks_on_message_removed_url (str): ``Webhooks.OnMessageRemoved.Url``; uri; optional.
        webhooks_on_message_removed_method (str): ``Webhooks.OnMessageRemoved.Method``; http-method; optional.
        webhooks_on_channel_added_url (str): ``Webhooks.OnChannelAdded.Url``; uri; optional.
        webhooks_on_channel_added_method (str): ``Webhooks.OnChannelAdded.Method``; http-method; optional.
        webhooks_on_channel_destroyed_url (str): ``Webhooks.OnChannelDestroyed.Url``; uri; optional.
        webhooks_on_channel_destroyed_method (str): ``Webhooks.OnChannelDestroyed.Method``; http-method; optional.
        webhooks_on_channel_updated_url (str): ``Webhooks.OnChannelUpdated.Url``; uri; optional.
        webhooks_on_channel_updated_method (str): ``Webhooks.OnChannelUpdated.Method``; http-method; optional.
        webhooks_on_member_added_url (str): ``Webhooks.OnMemberAdded.Url``; uri; optional.
        webhooks_on_member_added_method (str): ``Webhooks.OnMemberAdded.Method``; http-method; optional.
        webhooks_on_member_removed_url (str): ``Webhooks.OnMemberRemoved.Url``; uri; optional.
        webhooks_on_member_removed_method (str): ``Webhooks.OnMemberRemoved.Method``; http-method; optional.
        limits_channel_members (int): ``Limits.ChannelMembers``; integer; optional.
        limits_user_channels (int): ``Limits.UserChannels``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Service: ``POST /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        default_service_role_sid (str): ``DefaultServiceRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_channel_role_sid (str): ``DefaultChannelRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_channel_creator_role_sid (str): ``DefaultChannelCreatorRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        read_status_enabled (bool): ``ReadStatusEnabled``; boolean; optional.
        reachability_enabled (bool): ``ReachabilityEnabled``; boolean; optional.
        typing_indicator_timeout (int): ``TypingIndicatorTimeout``; integer; optional.
        consumption_report_interval (int): ``ConsumptionReportInterval``; integer; optional.
        notifications_new_message_enabled (bool): ``Notifications.NewMessage.Enabled``; boolean; optional.
        notifications_new_message_template (str): ``Notifications.NewMessage.Template``; string; optional.
        notifications_added_to_channel_enabled (bool): ``Notifications.AddedToChannel.Enabled``; boolean; optional.
        notifications_added_to_channel_template (str): ``Notifications.AddedToChannel.Template``; string; optional.
        notifications_removed_from_channel_enabled (bool): ``Notifications.RemovedFromChannel.Enabled``; boolean; optional.
        notifications_removed_from_channel_template (str): ``Notifications.RemovedFromChannel.Template``; string; optional.
        notifications_invited_to_channel_enabled (bool): ``Notifications.InvitedToChannel.Enabled``; boolean; optional.
        notifications_invited_to_channel_template (str): ``Notifications.InvitedToChannel.Template``; string; optional.
        pre_webhook_url (str): ``PreWebhookUrl``; uri; optional.
        post_webhook_url (str): ``PostWebhookUrl``; uri; optional.
        webhook_method (str): ``WebhookMethod``; http-method; optional.
        webhook_filters (Sequence[str]): ``WebhookFilters``; list<string>; optional.
        webhooks_on_message_send_url (str): ``Webhooks.OnMessageSend.Url``; uri; optional.
        webhooks_on_message_send_method (str): ``Webhooks.OnMessageSend.Method``; http-method; optional.
        webhooks_on_message_update_url (str): ``Webhooks.OnMessageUpdate.Url``; uri; optional.
        webhooks_on_message_update_method (str): ``Webhooks.OnMessageUpdate.Method``; http-method; optional.
        webhooks_on_message_remove_url (str): ``Webhooks.OnMessageRemove.Url``; uri; optional.
        webhooks_on_message_remove_method (str): ``Webhooks.OnMessageRemove.Method``; http-method; optional.
        webhooks_on_channel_add_url (str): ``Webhooks.OnChannelAdd.Url``; uri; optional.
        webhooks_on_channel_add_method (str): ``Webhooks.OnChannelAdd.Method``; http-method; optional.
        webhooks_on_channel_destroy_url (str): ``Webhooks.OnChannelDestroy.Url``; uri; optional.
        webhooks_on_channel_destroy_method (str): ``Webhooks.OnChannelDestroy.Method``; http-method; optional.
        webhooks_on_channel_update_url (str): ``Webhooks.OnChannelUpdate.Url``; uri; optional.
        webhooks_on_channel_update_method (str): ``Webhooks.OnChannelUpdate.Method``; http-method; optional.
        webhooks_on_member_add_url (str): ``Webhooks.OnMemberAdd.Url``; uri; optional.
        webhooks_on_member_add_method (str): ``Webhooks.OnMemberAdd.Method``; http-method; optional.
        webhooks_on_member_remove_url (str): ``Webhooks.OnMemberRemove.Url``; uri; optional.
        webhooks_on_member_remove_method (str): ``Webhooks.OnMemberRemove.Method``; http-method; optional.
        webhooks_on_message_sent_url (str): ``Webhooks.OnMessageSent.Url``; uri; optional.
        webhooks_on_message_sent_method (str): ``Webhooks.OnMessageSent.Method``; http-method; optional.
        webhooks_on_message_updated_url (str): ``Webhooks.OnMessageUpdated.Url``; uri; optional.
        webhooks_on_message_updated_method (str): ``Webhooks.OnMessageUpdated.Method``; http-method; optional.
        webhooks_on_message_removed_url (str): ``Webhooks.OnMessageRemoved.Url``; uri; optional.
        webhooks_on_message_removed_method (str): ``Webhooks.OnMessageRemoved.Method``; http-method; optional.
        webhooks_on_channel_added_url (str): ``Webhooks.OnChannelAdded.Url``; uri; optional.
        webhooks_on_channel_added_method (str): ``Webhooks.OnChannelAdded.Method``; http-method; optional.
        webhooks_on_channel_destroyed_url (str): ``Webhooks.OnChannelDestroyed.Url``; uri; optional.
        webhooks_on_channel_destroyed_method (str): ``Webhooks.OnChannelDestroyed.Method``; http-method; optional.
        webhooks_on_channel_updated_url (str): ``Webhooks.OnChannelUpdated.Url``; uri; optional.
        webhooks_on_channel_updated_method (str): ``Webhooks.OnChannelUpdated.Method``; http-method; optional.
        webhooks_on_member_added_url (str): ``Webhooks.OnMemberAdded.Url``; uri; optional.
        webhooks_on_member_added_method (str): ``Webhooks.OnMemberAdded.Method``; http-method; optional.
        webhooks_on_member_removed_url (str): ``Webhooks.OnMemberRemoved.Url``; uri; optional.
        webhooks_on_member_removed_method (str): ``Webhooks.OnMemberRemoved.Method``; http-method; optional.
        limits_channel_members (int): ``Limits.ChannelMembers``; integer; optional.
        limits_user_channels (int): ``Limits.UserChannels``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Service: ``DELETE /v1/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    channels: Child[ChannelList] = Child(".services_channels", "ChannelList")
    roles: Child[RoleList] = Child(".services_roles", "RoleList")
    users: Child[UserList] = Child(".services_users", "UserList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Service: ``POST /v1/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        ListArgs,
        """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v1/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Service resources (``next_page()`` moves on): ``GET /v1/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/chat
    """
