# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""CreateEmbeddedRegistrationResponse resources (``sender_id_registrations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    Models,
    Operation,
    P,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .sender_id_registrations_embedded_sessions import CreateEmbeddedSessionResponseList
    from .types.sender_id_registrations import CreateEmbeddedRegistrationResponse

_TYPES = Models(__package__, ".types.sender_id_registrations")
_MODEL = _TYPES("CreateEmbeddedRegistrationResponse")
_LIST_PATH = "/v1/SenderIdRegistrations"
_CREATE: Operation[CreateEmbeddedRegistrationResponse] = Operation(
    "sender_id_registrations.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("regulation_id", "regulationId", JSON, "string", required=True),
    P("regulation_version", "regulationVersion", JSON, "integer", required=True),
    P("friendly_name", "friendlyName", JSON, "string", required=True),
    P("status_notification_email", "statusNotificationEmail", JSON, "string"),
    P("status_callback_url", "statusCallbackUrl", JSON, "string"),
    P("comments", "comments", JSON, "string"),
    P("theme_set_id", "themeSetId", JSON, "string"),
    P("data", "data", JSON, "object", required=True),
)


class CreateEmbeddedRegistrationResponseCreateArgs(Args):
    regulation_id: str
    regulation_version: int
    friendly_name: str
    status_notification_email: str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    comments: str | NotGiven = NOT_GIVEN
    theme_set_id: str | NotGiven = NOT_GIVEN
    data: Any


class CreateEmbeddedRegistrationResponseContext(InstanceContext):
    """One CreateEmbeddedRegistrationResponse: ``/v1/SenderIdRegistrations/{BundleSid}``."""

    __slots__ = ()
    embedded_sessions: Child[CreateEmbeddedSessionResponseList] = Child(
        ".sender_id_registrations_embedded_sessions", "CreateEmbeddedSessionResponseList"
    )


class CreateEmbeddedRegistrationResponseList(KeyedList[CreateEmbeddedRegistrationResponseContext]):
    """CreateEmbeddedRegistrationResponse collection: ``/v1/SenderIdRegistrations``."""

    __slots__ = ()
    _key = ("BundleSid", "bundle_sid", None)
    create = _CREATE.call_method(
        CreateEmbeddedRegistrationResponseCreateArgs,
        """Create a CreateEmbeddedRegistrationResponse: ``POST /v1/SenderIdRegistrations``.

    Parameters are sent in the JSON body unless noted.

    Args:
        regulation_id (str): ``regulationId``; string; matching ``^RN[0-9a-fA-F]{32}$``; required.
        regulation_version (int): ``regulationVersion``; integer; required.
        friendly_name (str): ``friendlyName``; string; required.
        status_notification_email (str): ``statusNotificationEmail``; string; optional.
        status_callback_url (str): ``statusCallbackUrl``; uri; optional.
        comments (str): ``comments``; string; optional.
        theme_set_id (str): ``themeSetId``; string; optional.
        data (Any): ``data``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CreateEmbeddedRegistrationResponse

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a CreateEmbeddedRegistrationResponse: ``POST /v1/SenderIdRegistrations``.

    Parameters are sent in the JSON body unless noted.

    Args:
        regulation_id (str): ``regulationId``; string; matching ``^RN[0-9a-fA-F]{32}$``; required.
        regulation_version (int): ``regulationVersion``; integer; required.
        friendly_name (str): ``friendlyName``; string; required.
        status_notification_email (str): ``statusNotificationEmail``; string; optional.
        status_callback_url (str): ``statusCallbackUrl``; uri; optional.
        comments (str): ``comments``; string; optional.
        theme_set_id (str): ``themeSetId``; string; optional.
        data (Any): ``data``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CreateEmbeddedRegistrationResponse

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
