# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Notification resources (``services.entities.challenges.notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_entities_challenges_notifications import Notification

_TYPES = Models(__package__, ".types.services_entities_challenges_notifications")
_MODEL = _TYPES("Notification")
_LIST_PATH = "/v2/Services/{0}/Entities/{1}/Challenges/{2}/Notifications"
_CREATE: Operation[Notification] = Operation(
    "notifications.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("ttl", "Ttl", FORM, "integer"))


class NotificationCreateArgs(Args):
    ttl: int | NotGiven = NOT_GIVEN


class NotificationList(ListResource):
    """Notification collection: ``/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications``."""

    __slots__ = ()
    create = _CREATE.call_method(
        NotificationCreateArgs,
        """Create a Notification: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Notification

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Notification: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications``.

    Parameters are sent in the form body unless noted.

    Args:
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Notification

    Twilio docs: https://www.twilio.com/docs/verify
    """
