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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AuthorizationDocument: ``GET /v2/HostedNumber/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Fetch this AuthorizationDocument: ``GET /v2/HostedNumber/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this AuthorizationDocument: ``DELETE /v2/HostedNumber/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Delete this AuthorizationDocument: ``DELETE /v2/HostedNumber/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    dependent_hosted_number_orders: Child[DependentHostedNumberOrderList] = Child(
        ".authorization_documents_dependent_hosted_number_orders", "DependentHostedNumberOrderList"
    )


class AuthorizationDocumentList(KeyedList[AuthorizationDocumentContext]):
    """AuthorizationDocument collection: ``/v2/HostedNumber/AuthorizationDocuments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PX[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AuthorizationDocumentCreateArgs,
        """Create a AuthorizationDocument: ``POST /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the form body unless noted.

    Args:
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; required.
        email (str): ``Email``; string; required.
        contact_phone_number (str): ``ContactPhoneNumber``; phone-number; required.
        hosted_number_order_sids (Sequence[str]): ``HostedNumberOrderSids``; list<string>; required.
        contact_title (str): ``ContactTitle``; string; optional.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Create a AuthorizationDocument: ``POST /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the form body unless noted.

    Args:
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; required.
        email (str): ``Email``; string; required.
        contact_phone_number (str): ``ContactPhoneNumber``; phone-number; required.
        hosted_number_order_sids (Sequence[str]): ``HostedNumberOrderSids``; list<string>; required.
        contact_title (str): ``ContactTitle``; string; optional.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    list = _LIST.list_method(
        AuthorizationDocumentListArgs,
        """List AuthorizationDocument resources, every page up to ``limit`` items: ``GET /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the query string unless noted.

    Args:
        email (str): ``Email``; string; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthorizationDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """List AuthorizationDocument resources, every page up to ``limit`` items: ``GET /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the query string unless noted.

    Args:
        email (str): ``Email``; string; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AuthorizationDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    stream = _LIST.stream_method(
        AuthorizationDocumentListArgs,
        """Stream AuthorizationDocument resources, one page in memory at a time: ``GET /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the query string unless noted.

    Args:
        email (str): ``Email``; string; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthorizationDocument.

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Stream AuthorizationDocument resources, one page in memory at a time: ``GET /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the query string unless noted.

    Args:
        email (str): ``Email``; string; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AuthorizationDocument.

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    page = _LIST.page_method(
        AuthorizationDocumentPageArgs,
        """One page of AuthorizationDocument resources (``next_page()`` moves on): ``GET /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the query string unless noted.

    Args:
        email (str): ``Email``; string; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthorizationDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """One page of AuthorizationDocument resources (``next_page()`` moves on): ``GET /v2/HostedNumber/AuthorizationDocuments``.

    Parameters are sent in the query string unless noted.

    Args:
        email (str): ``Email``; string; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AuthorizationDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
