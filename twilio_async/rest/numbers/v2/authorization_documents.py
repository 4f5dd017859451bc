# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""AuthorizationDocument resources (``authorization_documents``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .authorization_documents_dependent_hosted_number_orders import (
        DependentHostedNumberOrderList,
    )
    from .enums import AuthorizationDocumentStatus
    from .types.authorization_documents import AuthorizationDocument

_TYPES = Models(__package__, ".types.authorization_documents")
_MODEL = _TYPES("AuthorizationDocument")
_LIST_PATH = "/v2/HostedNumber/AuthorizationDocuments"
_INSTANCE_PATH = "/v2/HostedNumber/AuthorizationDocuments/{0}"
_CREATE: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("address_sid", "AddressSid", FORM, "string", required=True),
    P("email", "Email", FORM, "string", required=True),
    P("contact_phone_number", "ContactPhoneNumber", FORM, "string", required=True),
    P(
        "hosted_number_order_sids",
        "HostedNumberOrderSids",
        FORM,
        "string",
        many=True,
        required=True,
    ),
    P("contact_title", "ContactTitle", FORM, "string"),
    P("cc_emails", "CcEmails", FORM, "string", many=True),
)
_LIST: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(P("email", "Email", QUERY, "string"), P("status", "Status", QUERY, "string"))
_FETCH: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "authorization_documents.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class AuthorizationDocumentCreateArgs(Args):
    address_sid: str
    email: str
    contact_phone_number: str
    hosted_number_order_sids: Sequence[str]
    contact_title: str | NotGiven = NOT_GIVEN
    cc_emails: Sequence[str] | NotGiven = NOT_GIVEN


class AuthorizationDocumentFilters(Args):
    email: str | NotGiven = NOT_GIVEN
    status: AuthorizationDocumentStatus | str | NotGiven = NOT_GIVEN


class AuthorizationDocumentListArgs(AuthorizationDocumentFilters, ListArgs): ...


class AuthorizationDocumentPageArgs(AuthorizationDocumentFilters, PageArgs): ...


class AuthorizationDocumentContext(InstanceContext):
    """One AuthorizationDocument: ``/v2/HostedNumber/AuthorizationDocuments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AuthorizationDocument: ``GET /v2/HostedNumber/AuthorizationDocuments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this AuthorizationDocument: ``DELETE /v2/HostedNumber/AuthorizationDocuments/{Sid}``; returns True."""
    dependent_hosted_number_orders: Child[DependentHostedNumberOrderList] = Child(
        ".authorization_documents_dependent_hosted_number_orders", "DependentHostedNumberOrderList"
    )


class AuthorizationDocumentList(KeyedList[AuthorizationDocumentContext]):
    """AuthorizationDocument collection: ``/v2/HostedNumber/AuthorizationDocuments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PX[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(AuthorizationDocumentCreateArgs)
    """Create a AuthorizationDocument: ``POST /v2/HostedNumber/AuthorizationDocuments``."""
    list = _LIST.list_method(AuthorizationDocumentListArgs)
    """List AuthorizationDocument resources: ``GET /v2/HostedNumber/AuthorizationDocuments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(AuthorizationDocumentListArgs)
    """Stream AuthorizationDocument resources: ``GET /v2/HostedNumber/AuthorizationDocuments``; one page in memory at a time."""
    page = _LIST.page_method(AuthorizationDocumentPageArgs)
    """One page of AuthorizationDocument resources: ``GET /v2/HostedNumber/AuthorizationDocuments``; ``next_page()`` moves on."""
