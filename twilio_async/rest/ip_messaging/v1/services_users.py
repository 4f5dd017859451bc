# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""User resources (``services.users``)."""

from __future__ import annotations

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
    from .services_users_user_channels import UserChannelList
    from .types.services_users import User

_TYPES = Models(__package__, ".types.services_users")
_MODEL = _TYPES("User")
_LIST_PATH = "/v1/Services/{0}/Users"
_INSTANCE_PATH = "/v1/Services/{0}/Users/{1}"
_CREATE: Operation[User] = Operation(
    "users.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identity", "Identity", FORM, "string", required=True),
    P("role_sid", "RoleSid", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)
_LIST: Operation[User] = Operation(
    "users.list", "GET", _LIST_PATH, body="none", list_key="users", model=_MODEL
)
_FETCH: Operation[User] = Operation("users.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[User] = Operation(
    "users.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("role_sid", "RoleSid", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)
_DELETE: Operation[None] = Operation("users.delete", "DELETE", _INSTANCE_PATH, body="none")


class UserCreateArgs(Args):
    identity: str
    role_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class UserUpdateArgs(Args):
    role_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class UserContext(InstanceContext):
    """One User: ``/v1/Services/{ServiceSid}/Users/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this User: ``GET /v1/Services/{ServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this User: ``GET /v1/Services/{ServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        UserUpdateArgs,
        """Update this User: ``POST /v1/Services/{ServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this User: ``POST /v1/Services/{ServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this User: ``DELETE /v1/Services/{ServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this User: ``DELETE /v1/Services/{ServiceSid}/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    user_channels: Child[UserChannelList] = Child(
        ".services_users_user_channels", "UserChannelList"
    )


class UserList(KeyedList[UserContext]):
    """User collection: ``/v1/Services/{ServiceSid}/Users``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        UserCreateArgs,
        """Create a User: ``POST /v1/Services/{ServiceSid}/Users``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a User: ``POST /v1/Services/{ServiceSid}/Users``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        role_sid (str): ``RoleSid``; string; matching ``^RL[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        ListArgs,
        """List User resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[User]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List User resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[User]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream User resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of User.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream User resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Users``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of User.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of User resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Users``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[User]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of User resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Users``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[User]

    Twilio docs: https://www.twilio.com/docs/chat
    """
