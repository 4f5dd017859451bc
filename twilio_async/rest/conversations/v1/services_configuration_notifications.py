# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceNotification resources (``services.configuration.notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_configuration_notifications import ServiceNotification

_TYPES = Models(__package__, ".types.services_configuration_notifications")
_MODEL = _TYPES("ServiceNotification")
_INSTANCE_PATH = "/v1/Services/{0}/Configuration/Notifications"
_FETCH: Operation[ServiceNotification] = Operation(
    "notifications.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceNotification] = Operation(
    "notifications.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("log_enabled", "LogEnabled", FORM, "boolean"),
    P("new_message_enabled", "NewMessage.Enabled", FORM, "boolean"),
    P("new_message_template", "NewMessage.Template", FORM, "string"),
    P("new_message_sound", "NewMessage.Sound", FORM, "string"),
    P("new_message_badge_count_enabled", "NewMessage.BadgeCountEnabled", FORM, "boolean"),
    P("added_to_conversation_enabled", "AddedToConversation.Enabled", FORM, "boolean"),
    P("added_to_conversation_template", "AddedToConversation.Template", FORM, "string"),
    P("added_to_conversation_sound", "AddedToConversation.Sound", FORM, "string"),
    P("removed_from_conversation_enabled", "RemovedFromConversation.Enabled", FORM, "boolean"),
    P("removed_from_conversation_template", "RemovedFromConversation.Template", FORM, "string"),
    P("removed_from_conversation_sound", "RemovedFromConversation.Sound", FORM, "string"),
    P("new_message_with_media_enabled", "NewMessage.WithMedia.Enabled", FORM, "boolean"),
    P("new_message_with_media_template", "NewMessage.WithMedia.Template", FORM, "string"),
)


class ServiceNotificationUpdateArgs(Args):
    log_enabled: bool | NotGiven = NOT_GIVEN
    new_message_enabled: bool | NotGiven = NOT_GIVEN
    new_message_template: str | NotGiven = NOT_GIVEN
    new_message_sound: str | NotGiven = NOT_GIVEN
    new_message_badge_count_enabled: bool | NotGiven = NOT_GIVEN
    added_to_conversation_enabled: bool | NotGiven = NOT_GIVEN
    added_to_conversation_template: str | NotGiven = NOT_GIVEN
    added_to_conversation_sound: str | NotGiven = NOT_GIVEN
    removed_from_conversation_enabled: bool | NotGiven = NOT_GIVEN
    removed_from_conversation_template: str | NotGiven = NOT_GIVEN
    removed_from_conversation_sound: str | NotGiven = NOT_GIVEN
    new_message_with_media_enabled: bool | NotGiven = NOT_GIVEN
    new_message_with_media_template: str | NotGiven = NOT_GIVEN


class ServiceNotificationContext(InstanceContext):
    """One ServiceNotification: ``/v1/Services/{ChatServiceSid}/Configuration/Notifications``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceNotification: ``GET /v1/Services/{ChatServiceSid}/Configuration/Notifications``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceNotification

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceNotification: ``GET /v1/Services/{ChatServiceSid}/Configuration/Notifications``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceNotification

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceNotificationUpdateArgs,
        """Update this ServiceNotification: ``POST /v1/Services/{ChatServiceSid}/Configuration/Notifications``.

    Parameters are sent in the form body unless noted.

    Args:
        log_enabled (bool): ``LogEnabled``; boolean; optional.
        new_message_enabled (bool): ``NewMessage.Enabled``; boolean; optional.
        new_message_template (str): ``NewMessage.Template``; string; optional.
        new_message_sound (str): ``NewMessage.Sound``; string; optional.
        new_message_badge_count_enabled (bool): ``NewMessage.BadgeCountEnabled``; boolean; optional.
        added_to_conversation_enabled (bool): ``AddedToConversation.Enabled``; boolean; optional.
        added_to_conversation_template (str): ``AddedToConversation.Template``; string; optional.
        added_to_conversation_sound (str): ``AddedToConversation.Sound``; string; optional.
        removed_from_conversation_enabled (bool): ``RemovedFromConversation.Enabled``; boolean; optional.
        removed_from_conversation_template (str): ``RemovedFromConversation.Template``; string; optional.
        removed_from_conversation_sound (str): ``RemovedFromConversation.Sound``; string; optional.
        new_message_with_media_enabled (bool): ``NewMessage.WithMedia.Enabled``; boolean; optional.
        new_message_with_media_template (str): ``NewMessage.WithMedia.Template``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceNotification

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceNotification: ``POST /v1/Services/{ChatServiceSid}/Configuration/Notifications``.

    Parameters are sent in the form body unless noted.

    Args:
        log_enabled (bool): ``LogEnabled``; boolean; optional.
        new_message_enabled (bool): ``NewMessage.Enabled``; boolean; optional.
        new_message_template (str): ``NewMessage.Template``; string; optional.
        new_message_sound (str): ``NewMessage.Sound``; string; optional.
        new_message_badge_count_enabled (bool): ``NewMessage.BadgeCountEnabled``; boolean; optional.
        added_to_conversation_enabled (bool): ``AddedToConversation.Enabled``; boolean; optional.
        added_to_conversation_template (str): ``AddedToConversation.Template``; string; optional.
        added_to_conversation_sound (str): ``AddedToConversation.Sound``; string; optional.
        removed_from_conversation_enabled (bool): ``RemovedFromConversation.Enabled``; boolean; optional.
        removed_from_conversation_template (str): ``RemovedFromConversation.Template``; string; optional.
        removed_from_conversation_sound (str): ``RemovedFromConversation.Sound``; string; optional.
        new_message_with_media_enabled (bool): ``NewMessage.WithMedia.Enabled``; boolean; optional.
        new_message_with_media_template (str): ``NewMessage.WithMedia.Template``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceNotification

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceNotificationList(SingletonList[ServiceNotificationContext]):
    """ServiceNotification collection."""

    __slots__ = ()
