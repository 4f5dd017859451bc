"""API 2008-08-01's wire dialect (``xml-2008``): hardened XML parsing, envelopes, paging, errors.

Every response is ``<TwilioResponse>`` holding one element: an instance
(``<Call>…</Call>``), a list whose attributes carry the paging
(``<Calls page="0" numpages="3" pagesize="50" total="120" start="0" end="49">``)
or a ``<RestException>``. Elements become a dict (empty element -> ``None``,
repeated elements -> a list) that the generated model validates; models alias
their snake_case attributes to the PascalCase element names.

Bodies are untrusted. They are parsed by ``defusedxml`` with DTDs, entity
declarations and external references forbidden (billion laughs, XXE), after a
size check, and with a nesting bound enforced while parsing. Anything hostile
or malformed becomes a ``TwilioResponseError`` (or, for an error status, a
``TwilioRestError``) that keeps the raw body.

This module loads on first use of an ``xml-2008`` version (``get_dialect``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .._errors import TwilioError, TwilioValidationError
from .._models import InstanceModel, TwilioModel
from .._pagination import Page
from ._base import Dialect, bind_all, rest_error, unparseable

if TYPE_CHECKING:
    from .._resource import ListResource, Operation
    from .._types import PreparedRequest, ResponseLike

M = TypeVar("M", bound=TwilioModel)

#: Largest XML body parsed; a full 1000-item page is well under 2 MB.
MAX_XML_BYTES = 16 * 1024 * 1024
#: Deepest element nesting accepted (a response needs 4: envelope, list, item, field).
MAX_XML_DEPTH = 32

ENVELOPE = "TwilioResponse"
ERROR_ELEMENT = "RestException"
#: Request parameters that select a page in API 2008 (page index is 0-based).
PAGE_SIZE_PARAM = "num"
PAGE_NUMBER_PARAM = "Page"


class XmlDocumentError(TwilioError, ValueError):
    """A body that is not an acceptable XML document (malformed, hostile, too big or too deep)."""


class XmlElement:
    """A parsed element: tag, attributes, child elements and its own text."""

    __slots__ = ("attrib", "children", "tag", "text")

    def __init__(self, tag: str, attrib: dict[str, str]):
        self.tag = tag
        self.attrib = attrib
        self.children: list[XmlElement] = []
        self.text: list[str] = []

    def value(self) -> Any:
        """A leaf's text (``None`` when empty), else a dict of children; repeats become lists."""
        if not self.children:
            text = "".join(self.text)
            return text if text else None
        out: dict[str, Any] = {}
        for child in self.children:
            value = child.value()
            if child.tag not in out:
                out[child.tag] = value
            elif isinstance(out[child.tag], _Repeated):
                out[child.tag].append(value)
            else:
                out[child.tag] = _Repeated((out[child.tag], value))
        return out

    def fields(self) -> dict[str, Any]:
        """The children as a dict, for a model (an empty item reads as no fields)."""
        value = self.value()
        return value if isinstance(value, dict) else {}


class _Repeated(list[Any]):
    """Values of an element name that occurs more than once under one parent."""


class _TreeBuilder:
    """A parser target that builds ``XmlElement`` trees and enforces ``MAX_XML_DEPTH``.

    It replaces ElementTree's builder so the depth bound holds while parsing:
    a hostile document is rejected at its 33rd level, not after being built.
    """

    def __init__(self) -> None:
        self._stack: list[XmlElement] = []
        self.root: XmlElement | None = None

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if len(self._stack) >= MAX_XML_DEPTH:
            raise XmlDocumentError(f"elements nested deeper than {MAX_XML_DEPTH} levels")
        element = XmlElement(tag, dict(attrib))
        if self._stack:
            self._stack[-1].children.append(element)
        elif self.root is None:
            self.root = element
        self._stack.append(element)

    def end(self, tag: str) -> None:
        self._stack.pop()

    def data(self, text: str) -> None:
        if self._stack:
            self._stack[-1].text.append(text)

    def close(self) -> XmlElement | None:
        return self.root


def parse_xml(body: bytes) -> XmlElement:
    """Parse untrusted XML: no DTD, no entities, no external references, bounded size and depth."""
    if len(body) > MAX_XML_BYTES:
        raise XmlDocumentError(f"body of {len(body)} bytes exceeds the {MAX_XML_BYTES}-byte limit")
    builder = _TreeBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    try:
        parser.feed(body)
        root = parser.close()
    except XmlDocumentError:
        raise
    except DefusedXmlException as err:
        raise XmlDocumentError(f"forbidden XML construct: {type(err).__name__}") from None
    except (ParseError, ValueError, LookupError) as err:  # LookupError: unknown encoding
        raise XmlDocumentError(f"malformed XML: {err}") from None
    if not isinstance(root, XmlElement):
        raise XmlDocumentError("no root element")
    return root


def _payload(root: XmlElement) -> XmlElement:
    """The one element inside ``<TwilioResponse>``."""
    if root.tag != ENVELOPE:
        raise XmlDocumentError(f"expected a <{ENVELOPE}> document, got <{root.tag[:40]}>")
    if len(root.children) != 1:
        raise XmlDocumentError(
            f"<{ENVELOPE}> should hold exactly one element, it holds {len(root.children)}"
        )
    return root.children[0]


#: Longest decimal a paging attribute, code or status may have (``isdigit()`` also accepts
#: "²" and other digits ``int()`` refuses, and ``int()`` refuses over 4,300 digits).
MAX_INT_DIGITS = 18


def _ascii_int(value: Any) -> int | None:
    """``value`` as a non-negative int when it is 1 to 18 ASCII digits (spaces around allowed)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not 0 < len(text) <= MAX_INT_DIGITS or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def _int_attr(element: XmlElement, name: str) -> int | None:
    return _ascii_int(element.attrib.get(name))


def _int_text(value: Any) -> int | None:
    return _ascii_int(value)


class XmlDialect(Dialect):
    """API 2008-08-01: ``<TwilioResponse>`` envelopes, paging attributes, ``<RestException>``."""

    name = "xml-2008"
    accept = "application/xml"

    def page_query(
        self, page_size: int | None, page_token: str | None, page_number: int | None
    ) -> list[tuple[str, str]]:
        if page_token is not None:
            raise TwilioValidationError(
                "API 2008-08-01 has no page tokens; pass page_number= (0-based) instead"
            )
        query: list[tuple[str, str]] = []
        if page_size is not None:
            query.append((PAGE_SIZE_PARAM, str(page_size)))
        if page_number is not None:
            query.append((PAGE_NUMBER_PARAM, str(page_number)))
        return query

    def _document(self, response: ResponseLike, request: PreparedRequest) -> XmlElement:
        """The payload element of a 2xx answer; a ``<RestException>`` in it is raised."""
        try:
            payload = _payload(parse_xml(response.content))
        except XmlDocumentError as err:
            raise unparseable(response, request, str(err)) from None
        if payload.tag == ERROR_ELEMENT:
            fields = payload.fields()
            status = _int_text(fields.get("Status")) or response.status_code
            raise _rest_error(fields, response, request.method, request.url, False, status)
        return payload

    def _parse_instance(
        self,
        model: type[M],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource | None,
    ) -> M:
        payload = self._document(response, request)
        obj = model.model_validate(payload.fields())
        if owner is not None and isinstance(obj, InstanceModel):
            obj._bind(owner)
        return obj

    def _parse_page(
        self,
        model: type[M],
        op: Operation[Any],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource,
    ) -> Page[M]:
        payload = self._document(response, request)
        if payload.tag != op.list_key:
            raise unparseable(
                response, request, f"expected a <{op.list_key}> list, got <{payload.tag[:40]}>"
            )
        items = [model.model_validate(child.fields()) for child in payload.children]
        bind_all(items, owner)
        page = _int_attr(payload, "page")
        num_pages = _int_attr(payload, "numpages")
        page_size = _int_attr(payload, "pagesize")
        asked = _asked_page(request)
        if asked is not None and page is not None and page != asked:
            # Following our own computed links would otherwise loop forever.
            raise unparseable(response, request, f"asked for page {asked}, got page {page}")
        next_url = _link(payload, "nextpageuri")
        previous_url = _link(payload, "previouspageuri")
        # No link attributes (the documented 2008 shape): the next page is Page=page+1.
        computed = "nextpageuri" not in payload.attrib and page is not None
        if computed and num_pages is not None and page is not None and page + 1 < num_pages:
            next_url = _page_url(request, page + 1, page_size)
        if previous_url is None and "previouspageuri" not in payload.attrib and page:
            previous_url = _page_url(request, page - 1, page_size)
        return Page(
            items,
            next_page_url=next_url,
            previous_page_url=previous_url,
            page_number=page,
            page_size=page_size,
            total=_int_attr(payload, "total"),
            owner=owner,
            model=model,
            op=op,
            request=request,
        )

    def _error(self, response: ResponseLike, method: str, url: str, processed: bool) -> TwilioError:
        """``<RestException>`` -> the same ``TwilioRestError`` as JSON; other bodies as in JSON."""
        try:
            payload = _payload(parse_xml(response.content)) if response.content else None
        except XmlDocumentError:
            payload = None
        if payload is None or payload.tag != ERROR_ELEMENT:
            return super()._error(response, method, url, processed)
        return _rest_error(payload.fields(), response, method, url, processed)


def _rest_error(
    fields: dict[str, Any],
    response: ResponseLike,
    method: str,
    url: str,
    processed: bool,
    status: int | None = None,
) -> TwilioError:
    message = fields.get("Message")
    more_info = fields.get("MoreInfo")
    return rest_error(
        response,
        method,
        url,
        processed,
        status=status,
        code=_int_text(fields.get("Code")),
        message=message if isinstance(message, str) else "",
        more_info=more_info if isinstance(more_info, str) else None,
    )


def _link(element: XmlElement, name: str) -> str | None:
    value = element.attrib.get(name)
    if value is None:
        return None
    return value.strip() or None


def _query(request: PreparedRequest) -> list[tuple[str, str]]:
    """The whole query of a request: what is in its URL plus what is still to be added."""
    return [*parse_qsl(urlsplit(request.url).query, keep_blank_values=True), *request.query]


def _asked_page(request: PreparedRequest) -> int | None:
    for key, value in reversed(_query(request)):
        if key == PAGE_NUMBER_PARAM:
            return _ascii_int(value)
    return None


def _page_url(request: PreparedRequest, page: int, page_size: int | None) -> str:
    """The same request for another page: filters kept, ``Page`` (and ``num``) replaced."""
    query = [(k, v) for k, v in _query(request) if k not in (PAGE_NUMBER_PARAM, PAGE_SIZE_PARAM)]
    query.append((PAGE_NUMBER_PARAM, str(page)))
    if page_size is not None:
        query.append((PAGE_SIZE_PARAM, str(page_size)))
    return urlunsplit(urlsplit(request.url)._replace(query=urlencode(query)))
