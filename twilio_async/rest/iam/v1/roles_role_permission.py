# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""RolePermission resources (``roles.role_permission``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.roles_role_permission import RolePermission

_TYPES = Models(__package__, ".types.roles_role_permission")
_MODEL = _TYPES("RolePermission")
_LIST_PATH = "/v1/Roles/{0}/Permissions"
_LIST: Operation[RolePermission] = Operation(
    "role_permission.list", "GET", _LIST_PATH, body="none", list_key="permissions", model=_MODEL
)


class RolePermissionList(ListResource):
    """RolePermission collection: ``/v1/Roles/{RoleSid}/Permissions``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List RolePermission resources, every page up to ``limit`` items: ``GET /v1/Roles/{RoleSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RolePermission]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """List RolePermission resources, every page up to ``limit`` items: ``GET /v1/Roles/{RoleSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RolePermission]

    Twilio docs: https://www.twilio.com/docs/iam
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RolePermission resources, one page in memory at a time: ``GET /v1/Roles/{RoleSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RolePermission.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Stream RolePermission resources, one page in memory at a time: ``GET /v1/Roles/{RoleSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RolePermission.

    Twilio docs: https://www.twilio.com/docs/iam
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RolePermission resources (``next_page()`` moves on): ``GET /v1/Roles/{RoleSid}/Permissions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RolePermission]

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """One page of RolePermission resources (``next_page()`` moves on): ``GET /v1/Roles/{RoleSid}/Permissions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RolePermission]

    Twilio docs: https://www.twilio.com/docs/iam
    """
