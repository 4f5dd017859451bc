# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Service: ``GET /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Service: ``GET /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        ServiceUpdateArgs,
        """Update this Service: ``POST /v2/Services/{Sid}``.

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
        notifications_new_message_sound (str): ``Notifications.NewMessage.Sound``; string; optional.
        notifications_new_message_badge_count_enabled (bool): ``Notifications.NewMessage.BadgeCountEnabled``; boolean; optional.
        notifications_added_to_channel_enabled (bool): ``Notifications.AddedToChannel.Enabled``; boolean; optional.
        notifications_added_to_channel_template (str): ``Notifications.AddedToChannel.Template``; string; optional.
        notifications_added_to_channel_sound (str): ``Notifications.AddedToChannel.Sound``; string; optional.
        notifications_removed_from_channel_enabled (bool): ``Notifications.RemovedFromChannel.Enabled``; boolean; optional.
        notifications_removed_from_channel_template (str): ``Notifications.RemovedFromChannel.Template``; string; optional.
        notifications_removed_from_channel_sound (str): ``Notifications.RemovedFromChannel.Sound``; string; optional.
        notifications_invited_to_channel_enabled (bool): ``Notifications.InvitedToChannel.Enabled``; boolean; optional.
        notifications_invited_to_channel_template (str): ``Notifications.InvitedToChannel.Template``; string; optional.
        notifications_invited_to_channel_sound (str): ``Notifications.InvitedToChannel.Sound``; string; optional.
        pre_webhook_url (str): ``PreWebhookUrl``; uri; optional.
        post_webhook_url (str): ``PostWebhookUrl``; uri; optional.
        webhook_method (str): ``WebhookMethod``; http-method; optional.
        webhook_filters (Sequence[str]): ``WebhookFilters``; list<string>; optional.
        limits_channel_members (int): ``Limits.ChannelMembers``; integer; optional.
        limits_user_channels (int): ``Limits.UserChannels``; integer; optional.
        media_compatibility_message (str): ``Media.CompatibilityMessage``; string; optional.
        pre_webhook_retry_count (int): ``PreWebhookRetryCount``; integer; optional.
        post_webhook_retry_count (int): ``PostWebhookRetryCount``; integer; optional.
        notifications_log_enabled (bool): ``Notifications.LogEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Service: ``POST /v2/Services/{Sid}``.

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
        notifications_new_message_sound (str): ``Notifications.NewMessage.Sound``; string; optional.
        notifications_new_message_badge_count_enabled (bool): ``Notifications.NewMessage.BadgeCountEnabled``; boolean; optional.
        notifications_added_to_channel_enabled (bool): ``Notifications.AddedToChannel.Enabled``; boolean; optional.
        notifications_added_to_channel_template (str): ``Notifications.AddedToChannel.Template``; string; optional.
        notifications_added_to_channel_sound (str): ``Notifications.AddedToChannel.Sound``; string; optional.
        notifications_removed_from_channel_enabled (bool): ``Notifications.RemovedFromChannel.Enabled``; boolean; optional.
        notifications_removed_from_channel_template (str): ``Notifications.RemovedFromChannel.Template``; string; optional.
        notifications_removed_from_channel_sound (str): ``Notifications.RemovedFromChannel.Sound``; string; optional.
        notifications_invited_to_channel_enabled (bool): ``Notifications.InvitedToChannel.Enabled``; boolean; optional.
        notifications_invited_to_channel_template (str): ``Notifications.InvitedToChannel.Template``; string; optional.
        notifications_invited_to_channel_sound (str): ``Notifications.InvitedToChannel.Sound``; string; optional.
        pre_webhook_url (str): ``PreWebhookUrl``; uri; optional.
        post_webhook_url (str): ``PostWebhookUrl``; uri; optional.
        webhook_method (str): ``WebhookMethod``; http-method; optional.
        webhook_filters (Sequence[str]): ``WebhookFilters``; list<string>; optional.
        limits_channel_members (int): ``Limits.ChannelMembers``; integer; optional.
        limits_user_channels (int): ``Limits.UserChannels``; integer; optional.
        media_compatibility_message (str): ``Media.CompatibilityMessage``; string; optional.
        pre_webhook_retry_count (int): ``PreWebhookRetryCount``; integer; optional.
        post_webhook_retry_count (int): ``PostWebhookRetryCount``; integer; optional.
        notifications_log_enabled (bool): ``Notifications.LogEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Service: ``DELETE /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Service: ``DELETE /v2/Services/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    bindings: Child[BindingList] = Child(".services_bindings", "BindingList")
    channels: Child[ChannelList] = Child(".services_channels", "ChannelList")
    roles: Child[RoleList] = Child(".services_roles", "RoleList")
    users: Child[UserList] = Child(".services_users", "UserList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v2/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IS[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ServiceCreateArgs,
        """Create a Service: ``POST /v2/Services``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Service

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Service: ``POST /v2/Services``.

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
        """List Service resources, every page up to ``limit`` items: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Service]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Service resources, every page up to ``limit`` items: ``GET /v2/Services``.

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
        """Stream Service resources, one page in memory at a time: ``GET /v2/Services``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Service.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Service resources, one page in memory at a time: ``GET /v2/Services``.

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
        """One page of Service resources (``next_page()`` moves on): ``GET /v2/Services``.

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
    """One page of Service resources (``next_page()`` moves on): ``GET /v2/Services``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Service]

    Twilio docs: https://www.twilio.com/docs/chat
    """
