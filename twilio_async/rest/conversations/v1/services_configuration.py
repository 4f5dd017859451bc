# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConfiguration resources (``services.configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    Models,
    Operation,
    P,
    SingletonList,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .services_configuration_notifications import ServiceNotificationList
    from .services_configuration_webhooks import ServiceWebhookConfigurationList
    from .types.services_configuration import ServiceConfiguration

_TYPES = Models(__package__, ".types.services_configuration")
_MODEL = _TYPES("ServiceConfiguration")
_INSTANCE_PATH = "/v1/Services/{0}/Configuration"
_FETCH: Operation[ServiceConfiguration] = Operation(
    "configuration.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceConfiguration] = Operation(
    "configuration.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("default_conversation_creator_role_sid", "DefaultConversationCreatorRoleSid", FORM, "string"),
    P("default_conversation_role_sid", "DefaultConversationRoleSid", FORM, "string"),
    P("default_chat_service_role_sid", "DefaultChatServiceRoleSid", FORM, "string"),
    P("reachability_enabled", "ReachabilityEnabled", FORM, "boolean"),
)


class ServiceConfigurationUpdateArgs(Args):
    default_conversation_creator_role_sid: str | NotGiven = NOT_GIVEN
    default_conversation_role_sid: str | NotGiven = NOT_GIVEN
    default_chat_service_role_sid: str | NotGiven = NOT_GIVEN
    reachability_enabled: bool | NotGiven = NOT_GIVEN


class ServiceConfigurationContext(InstanceContext):
    """One ServiceConfiguration: ``/v1/Services/{ChatServiceSid}/Configuration``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceConfiguration: ``GET /v1/Services/{ChatServiceSid}/Configuration``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceConfiguration: ``GET /v1/Services/{ChatServiceSid}/Configuration``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceConfigurationUpdateArgs,
        """Update this ServiceConfiguration: ``POST /v1/Services/{ChatServiceSid}/Configuration``.

    Parameters are sent in the form body unless noted.

    Args:
        default_conversation_creator_role_sid (str): ``DefaultConversationCreatorRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_conversation_role_sid (str): ``DefaultConversationRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_chat_service_role_sid (str): ``DefaultChatServiceRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        reachability_enabled (bool): ``ReachabilityEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceConfiguration: ``POST /v1/Services/{ChatServiceSid}/Configuration``.

    Parameters are sent in the form body unless noted.

    Args:
        default_conversation_creator_role_sid (str): ``DefaultConversationCreatorRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_conversation_role_sid (str): ``DefaultConversationRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        default_chat_service_role_sid (str): ``DefaultChatServiceRoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        reachability_enabled (bool): ``ReachabilityEnabled``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    notifications: Child[ServiceNotificationList] = Child(
        ".services_configuration_notifications", "ServiceNotificationList"
    )
    webhooks: Child[ServiceWebhookConfigurationList] = Child(
        ".services_configuration_webhooks", "ServiceWebhookConfigurationList"
    )


class ServiceConfigurationList(SingletonList[ServiceConfigurationContext]):
    """ServiceConfiguration collection."""

    __slots__ = ()
    notifications: Child[ServiceNotificationList] = Child(
        ".services_configuration_notifications", "ServiceNotificationList"
    )
    webhooks: Child[ServiceWebhookConfigurationList] = Child(
        ".services_configuration_webhooks", "ServiceWebhookConfigurationList"
    )
