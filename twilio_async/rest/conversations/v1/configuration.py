# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Configuration resources (``configuration``)."""

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
    from .configuration_webhooks import ConfigurationWebhookList
    from .types.configuration import Configuration

_TYPES = Models(__package__, ".types.configuration")
_MODEL = _TYPES("Configuration")
_INSTANCE_PATH = "/v1/Configuration"
_FETCH: Operation[Configuration] = Operation(
    "configuration.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Configuration] = Operation(
    "configuration.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("default_chat_service_sid", "DefaultChatServiceSid", FORM, "string"),
    P("default_messaging_service_sid", "DefaultMessagingServiceSid", FORM, "string"),
    P("default_inactive_timer", "DefaultInactiveTimer", FORM, "string"),
    P("default_closed_timer", "DefaultClosedTimer", FORM, "string"),
)


class ConfigurationUpdateArgs(Args):
    default_chat_service_sid: str | NotGiven = NOT_GIVEN
    default_messaging_service_sid: str | NotGiven = NOT_GIVEN
    default_inactive_timer: str | NotGiven = NOT_GIVEN
    default_closed_timer: str | NotGiven = NOT_GIVEN


class ConfigurationContext(InstanceContext):
    """One Configuration: ``/v1/Configuration``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Configuration: ``GET /v1/Configuration``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this Configuration: ``GET /v1/Configuration``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConfigurationUpdateArgs,
        """Update this Configuration: ``POST /v1/Configuration``.

    Parameters are sent in the form body unless noted.

    Args:
        default_chat_service_sid (str): ``DefaultChatServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        default_messaging_service_sid (str): ``DefaultMessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        default_inactive_timer (str): ``DefaultInactiveTimer``; string; optional.
        default_closed_timer (str): ``DefaultClosedTimer``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this Configuration: ``POST /v1/Configuration``.

    Parameters are sent in the form body unless noted.

    Args:
        default_chat_service_sid (str): ``DefaultChatServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        default_messaging_service_sid (str): ``DefaultMessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; optional.
        default_inactive_timer (str): ``DefaultInactiveTimer``; string; optional.
        default_closed_timer (str): ``DefaultClosedTimer``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    webhooks: Child[ConfigurationWebhookList] = Child(
        ".configuration_webhooks", "ConfigurationWebhookList"
    )


class ConfigurationList(SingletonList[ConfigurationContext]):
    """Configuration collection."""

    __slots__ = ()
    webhooks: Child[ConfigurationWebhookList] = Child(
        ".configuration_webhooks", "ConfigurationWebhookList"
    )
