# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""DocumentPermission resources (``services.documents.document_permissions``)."""

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
    from .types.services_documents_document_permissions import DocumentPermission

_TYPES = Models(__package__, ".types.services_documents_document_permissions")
_MODEL = _TYPES("DocumentPermission")
_LIST_PATH = "/v1/Services/{0}/Documents/{1}/Permissions"
_INSTANCE_PATH = "/v1/Services/{0}/Documents/{1}/Permissions/{2}"
_LIST: Operation[DocumentPermission] = Operation(
    "document_permissions.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="permissions",
    model=_MODEL,
)
_FETCH: Operation[DocumentPermission] = Operation(
    "document_permissions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[DocumentPermission] = Operation(
    "document_permissions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("read", "Read", FORM, "boolean", required=True),
    P("write", "Write", FORM, "boolean", required=True),
    P("manage", "Manage", FORM, "boolean", required=True),
)
_DELETE: Operation[None] = Operation(
    "document_permissions.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class DocumentPermissionUpdateArgs(Args):
    read: bool
    write: bool
    manage: bool


class DocumentPermissionContext(InstanceContext):
    """One DocumentPermission: ``/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this DocumentPermission: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DocumentPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this DocumentPermission: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DocumentPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        DocumentPermissionUpdateArgs,
        """Update this DocumentPermission: ``POST /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Parameters are sent in the form body unless noted.

    Args:
        read (bool): ``Read``; boolean; required.
        write (bool): ``Write``; boolean; required.
        manage (bool): ``Manage``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DocumentPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this DocumentPermission: ``POST /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Parameters are sent in the form body unless noted.

    Args:
        read (bool): ``Read``; boolean; required.
        write (bool): ``Write``; boolean; required.
        manage (bool): ``Manage``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DocumentPermission

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this DocumentPermission: ``DELETE /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this DocumentPermission: ``DELETE /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """


class DocumentPermissionList(KeyedList[DocumentPermissionContext]):
    """DocumentPermission collection: ``/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    list = _LIST.list_method(
        ListArgs,
        """List DocumentPermission resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DocumentPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List DocumentPermission resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DocumentPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream DocumentPermission resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DocumentPermission.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream DocumentPermission resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DocumentPermission.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of DocumentPermission resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DocumentPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of DocumentPermission resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DocumentPermission]

    Twilio docs: https://www.twilio.com/docs/sync
    """
