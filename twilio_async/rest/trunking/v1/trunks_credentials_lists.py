# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""CredentialList resources (``trunks.credentials_lists``)."""

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
    from .types.trunks_credentials_lists import CredentialList

_TYPES = Models(__package__, ".types.trunks_credentials_lists")
_MODEL = _TYPES("CredentialList")
_LIST_PATH = "/v1/Trunks/{0}/CredentialLists"
_INSTANCE_PATH = "/v1/Trunks/{0}/CredentialLists/{1}"
_CREATE: Operation[CredentialList] = Operation(
    "credentials_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("credential_list_sid", "CredentialListSid", FORM, "string", required=True))
_LIST: Operation[CredentialList] = Operation(
    "credentials_lists.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="credential_lists",
    model=_MODEL,
)
_FETCH: Operation[CredentialList] = Operation(
    "credentials_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "credentials_lists.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CredentialListCreateArgs(Args):
    credential_list_sid: str


class CredentialListContext(InstanceContext):
    """One CredentialList: ``/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CredentialList: ``GET /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this CredentialList: ``DELETE /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``; returns True."""


class CredentialListList(KeyedList[CredentialListContext]):
    """CredentialList collection: ``/v1/Trunks/{TrunkSid}/CredentialLists``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CredentialListCreateArgs)
    """Create a CredentialList: ``POST /v1/Trunks/{TrunkSid}/CredentialLists``."""
    list = _LIST.list_method(ListArgs)
    """List CredentialList resources: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream CredentialList resources: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of CredentialList resources: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``; ``next_page()`` moves on."""
