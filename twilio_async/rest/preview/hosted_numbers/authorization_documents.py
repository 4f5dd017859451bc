# Generated from specs/preview.yaml by `make codegen`; do not edit.
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
_LIST_PATH = "/HostedNumbers/AuthorizationDocuments"
_INSTANCE_PATH = "/HostedNumbers/AuthorizationDocuments/{0}"
_CREATE: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P(
        "hosted_number_order_sids",
        "HostedNumberOrderSids",
        FORM,
        "string",
        many=True,
        required=True,
    ),
    P("address_sid", "AddressSid", FORM, "string", required=True),
    P("email", "Email", FORM, "string", required=True),
    P("contact_title", "ContactTitle", FORM, "string", required=True),
    P("contact_phone_number", "ContactPhoneNumber", FORM, "string", required=True),
    P("cc_emails", "CcEmails", FORM, "string", many=True),
)
_LIST: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(P("email", "Email", QUERY, "string"), P("status", "Status", QUERY, "string"))
_FETCH: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[AuthorizationDocument] = Operation(
    "authorization_documents.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("hosted_number_order_sids", "HostedNumberOrderSids", FORM, "string", many=True),
    P("address_sid", "AddressSid", FORM, "string"),
    P("email", "Email", FORM, "string"),
    P("cc_emails", "CcEmails", FORM, "string", many=True),
    P("status", "Status", FORM, "string"),
    P("contact_title", "ContactTitle", FORM, "string"),
    P("contact_phone_number", "ContactPhoneNumber", FORM, "string"),
)


class AuthorizationDocumentCreateArgs(Args):
    hosted_number_order_sids: Sequence[str]
    address_sid: str
    email: str
    contact_title: str
    contact_phone_number: str
    cc_emails: Sequence[str] | NotGiven = NOT_GIVEN


class AuthorizationDocumentFilters(Args):
    email: str | NotGiven = NOT_GIVEN
    status: AuthorizationDocumentStatus | str | NotGiven = NOT_GIVEN


class AuthorizationDocumentListArgs(AuthorizationDocumentFilters, ListArgs): ...


class AuthorizationDocumentPageArgs(AuthorizationDocumentFilters, PageArgs): ...


class AuthorizationDocumentUpdateArgs(Args):
    hosted_number_order_sids: Sequence[str] | NotGiven = NOT_GIVEN
    address_sid: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN
    cc_emails: Sequence[str] | NotGiven = NOT_GIVEN
    status: AuthorizationDocumentStatus | str | NotGiven = NOT_GIVEN
    contact_title: str | NotGiven = NOT_GIVEN
    contact_phone_number: str | NotGiven = NOT_GIVEN


class AuthorizationDocumentContext(InstanceContext):
    """One AuthorizationDocument: ``/HostedNumbers/AuthorizationDocuments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AuthorizationDocument: ``GET /HostedNumbers/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Fetch this AuthorizationDocument: ``GET /HostedNumbers/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    update = _UPDATE.call_method(
        AuthorizationDocumentUpdateArgs,
        """Update this AuthorizationDocument: ``POST /HostedNumbers/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        hosted_number_order_sids (Sequence[str]): ``HostedNumberOrderSids``; list<string>; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        email (str): ``Email``; string; optional.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        contact_title (str): ``ContactTitle``; string; optional.
        contact_phone_number (str): ``ContactPhoneNumber``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Update this AuthorizationDocument: ``POST /HostedNumbers/AuthorizationDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^PX[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        hosted_number_order_sids (Sequence[str]): ``HostedNumberOrderSids``; list<string>; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        email (str): ``Email``; string; optional.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        status (AuthorizationDocumentStatus | str): ``Status``; enum:authorization_document_status; one of ``opened``, ``signing``, ``signed``, ``canceled``, ``failed``; optional.
        contact_title (str): ``ContactTitle``; string; optional.
        contact_phone_number (str): ``ContactPhoneNumber``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    dependent_hosted_number_orders: Child[DependentHostedNumberOrderList] = Child(
        ".authorization_documents_dependent_hosted_number_orders", "DependentHostedNumberOrderList"
    )


class AuthorizationDocumentList(KeyedList[AuthorizationDocumentContext]):
    """AuthorizationDocument collection: ``/HostedNumbers/AuthorizationDocuments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PX[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AuthorizationDocumentCreateArgs,
        """Create a AuthorizationDocument: ``POST /HostedNumbers/AuthorizationDocuments``.

    Parameters are sent in the form body unless noted.

    Args:
        hosted_number_order_sids (Sequence[str]): ``HostedNumberOrderSids``; list<string>; required.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; required.
        email (str): ``Email``; string; required.
        contact_title (str): ``ContactTitle``; string; required.
        contact_phone_number (str): ``ContactPhoneNumber``; string; required.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """,
    )
    """Create a AuthorizationDocument: ``POST /HostedNumbers/AuthorizationDocuments``.

    Parameters are sent in the form body unless noted.

    Args:
        hosted_number_order_sids (Sequence[str]): ``HostedNumberOrderSids``; list<string>; required.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; required.
        email (str): ``Email``; string; required.
        contact_title (str): ``ContactTitle``; string; required.
        contact_phone_number (str): ``ContactPhoneNumber``; string; required.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthorizationDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers/hosted-numbers/hosted-numbers-api/authorization-document-resource
    """
    list = _LIST.list_method(
        AuthorizationDocumentListArgs,
        """List AuthorizationDocument resources, every page up to ``limit`` items: ``GET /HostedNumbers/AuthorizationDocuments``.

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
    """List AuthorizationDocument resources, every page up to ``limit`` items: ``GET /HostedNumbers/AuthorizationDocuments``.

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
        """Stream AuthorizationDocument resources, one page in memory at a time: ``GET /HostedNumbers/AuthorizationDocuments``.

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
    """Stream AuthorizationDocument resources, one page in memory at a time: ``GET /HostedNumbers/AuthorizationDocuments``.

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
        """One page of AuthorizationDocument resources (``next_page()`` moves on): ``GET /HostedNumbers/AuthorizationDocuments``.

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
    """One page of AuthorizationDocument resources (``next_page()`` moves on): ``GET /HostedNumbers/AuthorizationDocuments``.

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
