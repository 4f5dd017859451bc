# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncListPermission resources (``services.sync_lists.sync_list_permissions``)."""

from __future__ import annotations

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
    from .types.services_sync_lists_sync_list_permissions import SyncListPermission

_TYPES = Models(__package__, ".types.services_sync_lists_sync_list_permissions")
_MODEL = _TYPES("SyncListPermission")
_LIST_PATH = "/v1/Services/{0}/Lists/{1}/Permissions"
_INSTANCE_PATH = "/v1/Services/{0}/Lists/{1}/Permissions/{2}"
_LIST: Operation[SyncListPermission] = Operation(
    "sync_list_permissions.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="permissions",
    model=_MODEL,
)
_FETCH: Operation[SyncListPermission] = Operation(
    "sync_list_permissions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncListPermission] = Operation(
    "sync_list_permissions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("read", "Read", FORM, "boolean", required=True),
    P("write", "Write", FORM, "boolean", required=True),
    P("manage", "Manage", FORM, "boolean", required=True),
)
_DELETE: Operation[None] = Operation(
    "sync_list_permissions.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SyncListPermissionUpdateArgs(Args):
    read: bool
    write: bool
    manage: bool


class SyncListPermissionContext(InstanceContext):
    """One SyncListPermission: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SyncListPermission: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this SyncListPermission: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        SyncListPermissionUpdateArgs,
        """Update this SyncListPermission: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Parameters are sent in the form body unless noted.

    Args:
        read (bool): ``Read``; boolean; required.
        write (bool): ``Write``; boolean; required.
        manage (bool): ``Manage``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this SyncListPermission: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Parameters are sent in the form body unless noted.

    Args:
        read (bool): ``Read``; boolean; required.
        write (bool): ``Write``; boolean; required.
        manage (bool): ``Manage``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SyncListPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SyncListPermission: ``DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this SyncListPermission: ``DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """


class SyncListPermissionList(KeyedList[SyncListPermissionContext]):
    """SyncListPermission collection: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    list = _LIST.list_method(
        ListArgs,
        """List SyncListPermission resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncListPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List SyncListPermission resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SyncListPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SyncListPermission resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncListPermission.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream SyncListPermission resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SyncListPermission.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SyncListPermission resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncListPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of SyncListPermission resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SyncListPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """
