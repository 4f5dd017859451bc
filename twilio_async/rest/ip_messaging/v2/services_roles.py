# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Role resources (``services.roles``)."""

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
    from .enums import RoleRoleType
    from .types.services_roles import Role

_TYPES = Models(__package__, ".types.services_roles")
_MODEL = _TYPES("Role")
_LIST_PATH = "/v2/Services/{0}/Roles"
_INSTANCE_PATH = "/v2/Services/{0}/Roles/{1}"
_CREATE: Operation[Role] = Operation(
    "roles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("type", "Type", FORM, "string", required=True),
    P("permission", "Permission", FORM, "string", many=True, required=True),
)
_LIST: Operation[Role] = Operation(
    "roles.list", "GET", _LIST_PATH, body="none", list_key="roles", model=_MODEL
)
_FETCH: Operation[Role] = Operation("roles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Role] = Operation(
    "roles.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("permission", "Permission", FORM, "string", many=True, required=True))
_DELETE: Operation[None] = Operation("roles.delete", "DELETE", _INSTANCE_PATH, body="none")


class RoleCreateArgs(Args):
    friendly_name: str
    type: RoleRoleType | str
    permission: Sequence[str]


class RoleUpdateArgs(Args):
    permission: Sequence[str]


class RoleContext(InstanceContext):
    """One Role: ``/v2/Services/{ServiceSid}/Roles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Role: ``GET /v2/Services/{ServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Role

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Fetch this Role: ``GET /v2/Services/{ServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Role

    Twilio docs: https://www.twilio.com/docs/chat
    """
    update = _UPDATE.call_method(
        RoleUpdateArgs,
        """Update this Role: ``POST /v2/Services/{ServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Role

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Update this Role: ``POST /v2/Services/{ServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Role

    Twilio docs: https://www.twilio.com/docs/chat
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Role: ``DELETE /v2/Services/{ServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Delete this Role: ``DELETE /v2/Services/{ServiceSid}/Roles/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/chat
    """


class RoleList(KeyedList[RoleContext]):
    """Role collection: ``/v2/Services/{ServiceSid}/Roles``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        RoleCreateArgs,
        """Create a Role: ``POST /v2/Services/{ServiceSid}/Roles``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        type (RoleRoleType | str): ``Type``; enum:role_role_type; one of ``channel``, ``deployment``; required.
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Role

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Create a Role: ``POST /v2/Services/{ServiceSid}/Roles``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        type (RoleRoleType | str): ``Type``; enum:role_role_type; one of ``channel``, ``deployment``; required.
        permission (Sequence[str]): ``Permission``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Role

    Twilio docs: https://www.twilio.com/docs/chat
    """
    list = _LIST.list_method(
        ListArgs,
        """List Role resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Role]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """List Role resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Role]

    Twilio docs: https://www.twilio.com/docs/chat
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Role resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Role.

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """Stream Role resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Roles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Role.

    Twilio docs: https://www.twilio.com/docs/chat
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Role resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Roles``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Role]

    Twilio docs: https://www.twilio.com/docs/chat
    """,
    )
    """One page of Role resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Roles``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Role]

    Twilio docs: https://www.twilio.com/docs/chat
    """
