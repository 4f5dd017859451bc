# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""SupportingDocument resources (``regulatory_compliance.supporting_documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.regulatory_compliance_supporting_documents import SupportingDocument

_TYPES = Models(__package__, ".types.regulatory_compliance_supporting_documents")
_MODEL = _TYPES("SupportingDocument")
_LIST_PATH = "/v2/RegulatoryCompliance/SupportingDocuments"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/SupportingDocuments/{0}"
_CREATE: Operation[SupportingDocument] = Operation(
    "supporting_documents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("type", "Type", FORM, "string", required=True),
    P("attributes", "Attributes", FORM, "object"),
)
_LIST: Operation[SupportingDocument] = Operation(
    "supporting_documents.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[SupportingDocument] = Operation(
    "supporting_documents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SupportingDocument] = Operation(
    "supporting_documents.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("attributes", "Attributes", FORM, "object"),
)
_DELETE: Operation[None] = Operation(
    "supporting_documents.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SupportingDocumentCreateArgs(Args):
    friendly_name: str
    type: str
    attributes: Any | NotGiven = NOT_GIVEN


class SupportingDocumentUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    attributes: Any | NotGiven = NOT_GIVEN


class SupportingDocumentContext(InstanceContext):
    """One SupportingDocument: ``/v2/RegulatoryCompliance/SupportingDocuments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SupportingDocument: ``GET /v2/RegulatoryCompliance/SupportingDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this SupportingDocument: ``GET /v2/RegulatoryCompliance/SupportingDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    update = _UPDATE.call_method(
        SupportingDocumentUpdateArgs,
        """Update this SupportingDocument: ``POST /v2/RegulatoryCompliance/SupportingDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        attributes (Any): ``Attributes``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Update this SupportingDocument: ``POST /v2/RegulatoryCompliance/SupportingDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        attributes (Any): ``Attributes``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SupportingDocument: ``DELETE /v2/RegulatoryCompliance/SupportingDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this SupportingDocument: ``DELETE /v2/RegulatoryCompliance/SupportingDocuments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class SupportingDocumentList(KeyedList[SupportingDocumentContext]):
    """SupportingDocument collection: ``/v2/RegulatoryCompliance/SupportingDocuments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SupportingDocumentCreateArgs,
        """Create a SupportingDocument: ``POST /v2/RegulatoryCompliance/SupportingDocuments``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        type (str): ``Type``; string; required.
        attributes (Any): ``Attributes``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a SupportingDocument: ``POST /v2/RegulatoryCompliance/SupportingDocuments``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        type (str): ``Type``; string; required.
        attributes (Any): ``Attributes``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocument

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    list = _LIST.list_method(
        ListArgs,
        """List SupportingDocument resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/SupportingDocuments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SupportingDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List SupportingDocument resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/SupportingDocuments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SupportingDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SupportingDocument resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/SupportingDocuments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SupportingDocument.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream SupportingDocument resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/SupportingDocuments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SupportingDocument.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SupportingDocument resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/SupportingDocuments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SupportingDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of SupportingDocument resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/SupportingDocuments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SupportingDocument]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
