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
    fetch = _FETCH.call_method(Args)
    """Fetch this DocumentPermission: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``."""
    update = _UPDATE.call_method(DocumentPermissionUpdateArgs)
    """Update this DocumentPermission: ``POST /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this DocumentPermission: ``DELETE /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions/{Identity}``; returns True."""


class DocumentPermissionList(KeyedList[DocumentPermissionContext]):
    """DocumentPermission collection: ``/v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    list = _LIST.list_method(ListArgs)
    """List DocumentPermission resources: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream DocumentPermission resources: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of DocumentPermission resources: ``GET /v1/Services/{ServiceSid}/Documents/{DocumentSid}/Permissions``; ``next_page()`` moves on."""
