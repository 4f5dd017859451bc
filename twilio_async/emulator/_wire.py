"""One serializer per wire dialect: instances, pages and errors as Twilio shapes them.

The engine hands over plain data (field name -> wire value, already formatted by
field type); a serializer only decides the document around it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, ClassVar
from xml.sax.saxutils import escape, quoteattr

from ._types import ErrorDoc


@dataclass
class PageDoc:
    """One page of a list, before serialization."""

    list_key: str
    item_key: str | None
    items: list[dict[str, Any]]
    page: int
    page_size: int
    start: int
    end: int
    total: int
    #: Relative URIs (path + query) for 2010 and 2008; ``base`` makes them absolute for v1.
    uri: str
    first_page_uri: str
    next_page_uri: str | None
    previous_page_uri: str | None
    last_page_uri: str
    base: str
    #: The bare ``PageToken`` values of the neighbouring pages (``json-token`` sends these).
    next_token: str | None = None
    previous_token: str | None = None


class Wire:
    """Serializer interface; ``media_type`` is the Content-Type of every body."""

    name: ClassVar[str] = ""
    media_type: ClassVar[str] = "application/json"

    def instance(self, item_key: str | None, data: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def page(self, doc: PageDoc) -> bytes:
        raise NotImplementedError

    def error(self, err: ErrorDoc) -> bytes:
        raise NotImplementedError


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(", ", ": "), ensure_ascii=False, sort_keys=True).encode()


class JsonWire(Wire):
    """Shared by both JSON dialects: instances and errors look the same."""

    def instance(self, item_key: str | None, data: dict[str, Any]) -> bytes:
        return _dumps(data)

    def error(self, err: ErrorDoc) -> bytes:
        body: dict[str, Any] = {"code": err.code, "message": err.message}
        if err.detail is not None:
            body["detail"] = err.detail
        body["more_info"] = err.more_info
        body["status"] = err.status
        return _dumps(body)


class Json2010Wire(JsonWire):
    """API 2010-04-01: list key beside ``page``, ``uri``, ``next_page_uri`` (relative)."""

    name = "json-2010"

    def page(self, doc: PageDoc) -> bytes:
        return _dumps(
            {
                "end": doc.end,
                "first_page_uri": doc.first_page_uri,
                doc.list_key: doc.items,
                "next_page_uri": doc.next_page_uri,
                "page": doc.page,
                "page_size": doc.page_size,
                "previous_page_uri": doc.previous_page_uri,
                "start": doc.start,
                "uri": doc.uri,
            }
        )


class JsonV1Wire(JsonWire):
    """The v1 domain APIs: ``meta`` with absolute URLs and the list ``key``."""

    name = "json-v1"

    def page(self, doc: PageDoc) -> bytes:
        def url(uri: str | None) -> str | None:
            return None if uri is None else doc.base + uri

        return _dumps(
            {
                doc.list_key: doc.items,
                "meta": {
                    "first_page_url": url(doc.first_page_uri),
                    "key": doc.list_key,
                    "next_page_url": url(doc.next_page_uri),
                    "page": doc.page,
                    "page_size": doc.page_size,
                    "previous_page_url": url(doc.previous_page_uri),
                    "url": url(doc.uri),
                },
            }
        )


class JsonTokenWire(JsonWire):
    """Token-paged v1/v2 lists: ``meta`` with bare ``next_token``/``previous_token``."""

    name = "json-token"

    def page(self, doc: PageDoc) -> bytes:
        return _dumps(
            {
                doc.list_key: doc.items,
                "meta": {
                    "key": doc.list_key,
                    "next_token": doc.next_token,
                    "page_size": doc.page_size,
                    "previous_token": doc.previous_token,
                },
            }
        )


def _xml_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(str(value))


def _xml_element(name: str, value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return f"<{name}/>"
    if isinstance(value, dict):
        inner = "".join(_xml_element(xml_name(k), v) for k, v in value.items())
        return f"<{name}>{inner}</{name}>"
    if isinstance(value, list):
        inner = "".join(_xml_element(name[:-1] if name.endswith("s") else name, v) for v in value)
        return f"<{name}>{inner}</{name}>"
    return f"<{name}>{_xml_text(value)}</{name}>"


def xml_name(field: str) -> str:
    """A field name as its XML element: ``date_created`` -> ``DateCreated``; ``Sid`` kept."""
    if "_" not in field and field[:1].isupper():
        return field
    return "".join(part[:1].upper() + part[1:] for part in field.split("_"))


class Xml2008Wire(Wire):
    """API 2008-08-01: ``<TwilioResponse>`` around one element; paging as list attributes."""

    name = "xml-2008"
    media_type = "application/xml"

    def instance(self, item_key: str | None, data: dict[str, Any]) -> bytes:
        inner = "".join(_xml_element(xml_name(k), v) for k, v in data.items())
        tag = item_key or "Resource"
        return _envelope(f"<{tag}>{inner}</{tag}>")

    def page(self, doc: PageDoc) -> bytes:
        tag = doc.item_key or "Resource"
        items = "".join(
            f"<{tag}>{''.join(_xml_element(xml_name(k), v) for k, v in item.items())}</{tag}>"
            for item in doc.items
        )
        numpages = max(1, -(-doc.total // doc.page_size)) if doc.page_size else 1
        attrs = {
            "page": doc.page,
            "numpages": numpages,
            "pagesize": doc.page_size,
            "total": doc.total,
            "start": doc.start,
            "end": doc.end,
            "uri": doc.uri,
            "firstpageuri": doc.first_page_uri,
            "previouspageuri": doc.previous_page_uri or "",
            "nextpageuri": doc.next_page_uri or "",
            "lastpageuri": doc.last_page_uri,
        }
        text = " ".join(f"{k}={quoteattr(str(v))}" for k, v in attrs.items())
        return _envelope(f"<{doc.list_key} {text}>{items}</{doc.list_key}>")

    def error(self, err: ErrorDoc) -> bytes:
        parts = [f"<Status>{err.status}</Status>", f"<Message>{escape(err.message)}</Message>"]
        if err.code is not None:
            parts.append(f"<Code>{err.code}</Code>")
            # 2008 documents its error pages on plain http.
            parts.append(f"<MoreInfo>http://www.twilio.com/docs/errors/{err.code}</MoreInfo>")
        return _envelope(f"<RestException>{''.join(parts)}</RestException>")


def _envelope(inner: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<TwilioResponse>{inner}</TwilioResponse>'.encode()
    )


WIRES: dict[str, Wire] = {
    w.name: w for w in (Json2010Wire(), JsonV1Wire(), JsonTokenWire(), Xml2008Wire())
}


def wire_for(dialect: str) -> Wire:
    """The serializer for a catalog's dialect (JSON 2010 shapes for anything unknown)."""
    return WIRES.get(dialect) or WIRES["json-2010"]
