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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceUser: ``GET /v1/Services/{ChatServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUser

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceUser: ``GET /v1/Services/{ChatServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUser

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceUserUpdateArgs,
        """Update this ServiceUser: ``POST /v1/Services/{ChatServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceUserWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_user_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUser

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceUser: ``POST /v1/Services/{ChatServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceUserWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_user_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUser

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        ServiceUserDeleteArgs,
        """Delete this ServiceUser: ``DELETE /v1/Services/{ChatServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceUserWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_user_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ServiceUser: ``DELETE /v1/Services/{ChatServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceUserWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_user_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    user_conversations: Child[ServiceUserConversationList] = Child(
        ".services_users_user_conversations", "ServiceUserConversationList"
    )


class ServiceUserList(KeyedList[ServiceUserContext]):
    """ServiceUser collection: ``/v1/Services/{ChatServiceSid}/Users``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ServiceUserCreateArgs,
        """Create a ServiceUser: ``POST /v1/Services/{ChatServiceSid}/Users``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceUserWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_user_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        identity (str): ``Identity``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUser

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ServiceUser: ``POST /v1/Services/{ChatServiceSid}/Users``.

    Parameters are sent in the form body unless noted.

    Args:
        x_twilio_webhook_enabled (ServiceUserWebhookEnabledType | str): ``X-Twilio-Webhook-Enabled``; enum:service_user_webhook_enabled_type; one of ``true``, ``false``; sent in an HTTP header; optional.
        identity (str): ``Identity``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        attributes (str): ``Attributes``; string; optional.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceUser

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ListArgs,
        """List ServiceUser resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceUser]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceUser resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceUser]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ServiceUser resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceUser.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceUser resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceUser.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ServiceUser resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Users``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceUser]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceUser resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Users``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceUser]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
