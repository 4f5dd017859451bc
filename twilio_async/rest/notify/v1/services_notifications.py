# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Notification resources (``services.notifications``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import NotificationPriority
    from .types.services_notifications import Notification

_TYPES = Models(__package__, ".types.services_notifications")
_MODEL = _TYPES("Notification")
_LIST_PATH = "/v1/Services/{0}/Notifications"
_CREATE: Operation[Notification] = Operation(
    "notifications.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("body", "Body", FORM, "string"),
    P("priority", "Priority", FORM, "string"),
    P("ttl", "Ttl", FORM, "integer"),
    P("title", "Title", FORM, "string"),
    P("sound", "Sound", FORM, "string"),
    P("action", "Action", FORM, "string"),
    P("data", "Data", FORM, "object"),
    P("apn", "Apn", FORM, "object"),
    P("gcm", "Gcm", FORM, "object"),
    P("sms", "Sms", FORM, "object"),
    P("facebook_messenger", "FacebookMessenger", FORM, "object"),
    P("fcm", "Fcm", FORM, "object"),
    P("segment", "Segment", FORM, "string", many=True),
    P("alexa", "Alexa", FORM, "object"),
    P("to_binding", "ToBinding", FORM, "string", many=True),
    P("delivery_callback_url", "DeliveryCallbackUrl", FORM, "string"),
    P("identity", "Identity", FORM, "string", many=True),
    P("tag", "Tag", FORM, "string", many=True),
)


class NotificationCreateArgs(Args):
    body: str | NotGiven = NOT_GIVEN
    priority: NotificationPriority | str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN
    title: str | NotGiven = NOT_GIVEN
    sound: str | NotGiven = NOT_GIVEN
    action: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    apn: Any | NotGiven = NOT_GIVEN
    gcm: Any | NotGiven = NOT_GIVEN
    sms: Any | NotGiven = NOT_GIVEN
    facebook_messenger: Any | NotGiven = NOT_GIVEN
    fcm: Any | NotGiven = NOT_GIVEN
    segment: Sequence[str] | NotGiven = NOT_GIVEN
    alexa: Any | NotGiven = NOT_GIVEN
    to_binding: Sequence[str] | NotGiven = NOT_GIVEN
    delivery_callback_url: str | NotGiven = NOT_GIVEN
    identity: Sequence[str] | NotGiven = NOT_GIVEN
    tag: Sequence[str] | NotGiven = NOT_GIVEN


class NotificationList(ListResource):
    """Notification collection: ``/v1/Services/{ServiceSid}/Notifications``."""

    __slots__ = ()
    create = _CREATE.call_method(
        NotificationCreateArgs,
        """Create a Notification: ``POST /v1/Services/{ServiceSid}/Notifications``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        priority (NotificationPriority | str): ``Priority``; enum:notification_priority; one of ``high``, ``low``; optional.
        ttl (int): ``Ttl``; integer; optional.
        title (str): ``Title``; string; optional.
        sound (str): ``Sound``; string; optional.
        action (str): ``Action``; string; optional.
        data (Any): ``Data``; object; optional.
        apn (Any): ``Apn``; object; optional.
        gcm (Any): ``Gcm``; object; optional.
        sms (Any): ``Sms``; object; optional.
        facebook_messenger (Any): ``FacebookMessenger``; object; optional.
        fcm (Any): ``Fcm``; object; optional.
        segment (Sequence[str]): ``Segment``; list<string>; optional.
        alexa (Any): ``Alexa``; object; optional.
        to_binding (Sequence[str]): ``ToBinding``; list<string>; optional.
        delivery_callback_url (str): ``DeliveryCallbackUrl``; string; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Notification

    Twilio docs: https://www.twilio.com/docs/notify
    """,
    )
    """Create a Notification: ``POST /v1/Services/{ServiceSid}/Notifications``.

    Parameters are sent in the form body unless noted.

    Args:
        body (str): ``Body``; string; optional.
        priority (NotificationPriority | str): ``Priority``; enum:notification_priority; one of ``high``, ``low``; optional.
        ttl (int): ``Ttl``; integer; optional.
        title (str): ``Title``; string; optional.
        sound (str): ``Sound``; string; optional.
        action (str): ``Action``; string; optional.
        data (Any): ``Data``; object; optional.
        apn (Any): ``Apn``; object; optional.
        gcm (Any): ``Gcm``; object; optional.
        sms (Any): ``Sms``; object; optional.
        facebook_messenger (Any): ``FacebookMessenger``; object; optional.
        fcm (Any): ``Fcm``; object; optional.
        segment (Sequence[str]): ``Segment``; list<string>; optional.
        alexa (Any): ``Alexa``; object; optional.
        to_binding (Sequence[str]): ``ToBinding``; list<string>; optional.
        delivery_callback_url (str): ``DeliveryCallbackUrl``; string; optional.
        identity (Sequence[str]): ``Identity``; list<string>; optional.
        tag (Sequence[str]): ``Tag``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Notification

    Twilio docs: https://www.twilio.com/docs/notify
    """
