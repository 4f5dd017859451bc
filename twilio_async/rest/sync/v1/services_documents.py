# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Document resources (``services.documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .services_documents_document_permissions import DocumentPermissionList
    from .types.services_documents import Document

_TYPES = Models(__package__, ".types.services_documents")
_MODEL = _TYPES("Document")
_LIST_PATH = "/v1/Services/{0}/Documents"
_INSTANCE_PATH = "/v1/Services/{0}/Documents/{1}"
_CREATE: Operation[Document] = Operation(
    "documents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
)
_LIST: Operation[Document] = Operation(
    "documents.list", "GET", _LIST_PATH, body="none", list_key="documents", model=_MODEL
)
_FETCH: Operation[Document] = Operation(
    "documents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Document] = Operation(
    "documents.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("documents.delete", "DELETE", _INSTANCE_PATH, body="none")


class DocumentCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class DocumentUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class DocumentContext(InstanceContext):
    """One Document: ``/v1/Services/{ServiceSid}/Documents/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Document: ``GET /v1/Services/{ServiceSid}/Documents/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Document

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Fetch this Document: ``GET /v1/Services/{ServiceSid}/Documents/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Document

    Twilio docs: https://www.twilio.com/docs/sync
    """
    update = _UPDATE.call_method(
        DocumentUpdateArgs,
        """Update this Document: ``POST /v1/Services/{ServiceSid}/Documents/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Document

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Update this Document: ``POST /v1/Services/{ServiceSid}/Documents/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Document

    Twilio docs: https://www.twilio.com/docs/sync
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Document: ``DELETE /v1/Services/{ServiceSid}/Documents/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Delete this Document: ``DELETE /v1/Services/{ServiceSid}/Documents/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    document_permissions: Child[DocumentPermissionList] = Child(
        ".services_documents_document_permissions", "DocumentPermissionList"
    )


class DocumentList(KeyedList[DocumentContext]):
    """Document collection: ``/v1/Services/{ServiceSid}/Documents``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        DocumentCreateArgs,
        """Create a Document: ``POST /v1/Services/{ServiceSid}/Documents``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Document

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Create a Document: ``POST /v1/Services/{ServiceSid}/Documents``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        data (Any): ``Data``; object; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Document

    Twilio docs: https://www.twilio.com/docs/sync
    """
    list = _LIST.list_method(
        ListArgs,
        """List Document resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Documents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Document]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """List Document resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Documents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Document]

    Twilio docs: https://www.twilio.com/docs/sync
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Document resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Documents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Document.

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """Stream Document resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Documents``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Document.

    Twilio docs: https://www.twilio.com/docs/sync
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Document resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Documents``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Document]

    Twilio docs: https://www.twilio.com/docs/sync
    """,
    )
    """One page of Document resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Documents``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Document]

    Twilio docs: https://www.twilio.com/docs/sync
    """
