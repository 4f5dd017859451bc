# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceRole resources (``services.roles``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .enums import ServiceRoleRoleType
    from .types.services_roles import ServiceRole

_TYPES = Models(__package__, ".types.services_roles")
_MODEL = _TYPES("ServiceRole")
_LIST_PATH = "/v1/Services/{0}/Roles"
_INSTANCE_PATH = "/v1/Services/{0}/Roles/{1}"
_CREATE: Operation[ServiceRole] = Operation(
    "roles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("type", "Type", FORM, "string", required=True),
    P("permission", "Permission", FORM, "string", many=True, required=True),
)
_LIST: Operation[ServiceRole] = Operation(
    "roles.list", "GET", _LIST_PATH, body="none", list_key="roles", model=_MODEL
)
_FETCH: Operation[ServiceRole] = Operation(
    "roles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceRole] = Operation(
    "roles.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("permission", "Permission", FORM, "string", many=True, required=True))
_DELETE: Operation[None] = Operation("roles.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceRoleCreateArgs(Args):
    friendly_name: str
    type: ServiceRoleRoleType | str
    permission: Sequence[str]


class ServiceRoleUpdateArgs(Args):
    permission: Sequence[str]


class ServiceRoleContext(InstanceContext):
    """One ServiceRole: ``/v1/Services/{ChatServiceSid}/Roles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceRole: ``GET /v1/Services/{ChatServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceRole

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceRole: ``GET /v1/Services/{ChatServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceRole

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceRoleUpdateArgs,
        """Update this ServiceRole: ``POST /v1/Services/{ChatServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceRole

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceRole: ``POST /v1/Services/{ChatServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceRole

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ServiceRole: ``DELETE /v1/Services/{ChatServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ServiceRole: ``DELETE /v1/Services/{ChatServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceRoleList(KeyedList[ServiceRoleContext]):
    """ServiceRole collection: ``/v1/Services/{ChatServiceSid}/Roles``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ServiceRoleCreateArgs,
        """Create a ServiceRole: ``POST /v1/Services/{ChatServiceSid}/Roles``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        type (ServiceRoleRoleType | str): ``Type``; enum:service_role_role_type; one of ``conversation``, ``service``; required.
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceRole

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ServiceRole: ``POST /v1/Services/{ChatServiceSid}/Roles``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        type (ServiceRoleRoleType | str): ``Type``; enum:service_role_role_type; one of ``conversation``, ``service``; required.
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceRole

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ListArgs,
        """List ServiceRole resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceRole]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ServiceRole resources, every page up to ``limit`` items: ``GET /v1/Services/{ChatServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ServiceRole]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ServiceRole resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceRole.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ServiceRole resources, one page in memory at a time: ``GET /v1/Services/{ChatServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ServiceRole.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ServiceRole resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Roles``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceRole]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ServiceRole resources (``next_page()`` moves on): ``GET /v1/Services/{ChatServiceSid}/Roles``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ServiceRole]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
