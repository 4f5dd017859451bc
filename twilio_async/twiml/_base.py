"""The TwiML runtime: element tree, attribute conversion, nesting rules and serialization.

The verb and noun classes themselves are generated from ``specs/twiml.yaml`` into
``_generated.py``; they only declare what the spec says (tag, attributes, allowed
children, text) and call into this module.

Serialization is hand-written rather than ``xml.etree``: it is twenty lines, it
writes Twilio's compact form (``<Hangup/>``, attributes in spec order, always
double-quoted), and escaping goes through ``xml.sax.saxutils`` so user data can
never close an element or an attribute.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import TracebackType
from typing import ClassVar, TypeVar
from xml.sax.saxutils import escape

from .._errors import TwilioValidationError

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

#: Characters XML 1.0 does not allow anywhere in a document (not even escaped).
_INVALID_XML_CHARS = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: An attribute name given through ``extra_attributes`` (no namespaces, no markup).
_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
#: Escapes for attribute values, beyond ``&``, ``<`` and ``>``: the quote we delimit with, and
#: whitespace a parser would otherwise normalize to a space.
_ATTR_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_HTTP_METHODS = frozenset({"GET", "POST"})

E = TypeVar("E", bound="TwiML")


class TwiMLError(TwilioValidationError):
    """A TwiML document could not be built as asked (bad nesting, value or character)."""


def _check_chars(value: str, where: str) -> str:
    bad = _INVALID_XML_CHARS.search(value)
    if bad is not None:
        raise TwiMLError(f"{where} contains U+{ord(bad.group()):04X}, which XML does not allow")
    return value


def _convert(value: object, kind: str, where: str) -> str:
    """A Python value -> the attribute's wire text, by the spec type ``kind``."""
    if kind == "boolean":
        if not isinstance(value, bool):
            raise TwiMLError(f"{where} must be a bool, not {type(value).__name__}")
        return "true" if value else "false"
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TwiMLError(f"{where} must be an int, not {type(value).__name__}")
        return str(value)
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            raise TwiMLError(f"{where} must be a number, not {type(value).__name__}")
        return str(value)
    if kind == "list":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, Sequence) or not all(isinstance(i, str) for i in items):
            raise TwiMLError(f"{where} must be a string or a sequence of strings")
        return _check_chars(" ".join(items), where)
    if not isinstance(value, str):
        raise TwiMLError(f"{where} must be a str, not {type(value).__name__}")
    if kind == "http-method":
        method = value.upper()
        if method not in _HTTP_METHODS:
            raise TwiMLError(f"{where} must be GET or POST, not {value!r}")
        return method
    return _check_chars(value, where)


def _extra(value: object, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, str):
        return _check_chars(value, where)
    raise TwiMLError(f"{where} must be a str, bool or number, not {type(value).__name__}")


class TwiML:
    """One TwiML element: a verb, a noun, or a document root.

    Build a tree with the generated child methods, which add a child and return
    it (``gather = response.gather(num_digits=1); gather.say("Press 1")``), with
    ``with response.gather(...) as gather:`` blocks, or with ``append()``, which
    takes ready-made elements and returns the parent so calls chain. Every addition
    is checked against the spec's nesting rules.
    """

    #: The spec's name for this element (the class name of the generated element).
    _name: ClassVar[str] = "TwiML"
    #: The XML tag.
    _tag: ClassVar[str] = "TwiML"
    #: Spec names of the elements this one may contain.
    _allowed: ClassVar[frozenset[str]] = frozenset()
    #: Python keyword -> (wire attribute name, spec type).
    _attributes: ClassVar[Mapping[str, tuple[str, str]]] = {}

    __slots__ = ("attributes", "children", "text")

    text: str | None
    attributes: dict[str, str]
    children: list[TwiML]

    def _setup(
        self,
        text: str | None,
        values: Mapping[str, object],
        extra_attributes: Mapping[str, object] | None,
    ) -> None:
        """Called by every generated ``__init__`` with its own keyword arguments."""
        name = self._tag
        if text is not None and not isinstance(text, str):
            raise TwiMLError(f"<{name}> text must be a str, not {type(text).__name__}")
        self.text = None if text is None else _check_chars(text, f"<{name}> text")
        self.attributes = {}
        self.children = []
        for py_name, value in values.items():
            if value is None:
                continue
            wire, kind = self._attributes[py_name]
            self.attributes[wire] = _convert(value, kind, f"<{name}> {py_name}=")
        for wire, value in (extra_attributes or {}).items():
            if not isinstance(wire, str) or not _XML_NAME.match(wire):
                raise TwiMLError(f"<{name}> extra attribute name {wire!r} is not a valid name")
            if wire in self.attributes or any(w == wire for w, _ in self._attributes.values()):
                raise TwiMLError(
                    f"<{name}> attribute {wire!r} has a keyword argument; use that instead"
                )
            if value is not None:
                self.attributes[wire] = _extra(value, f"<{name}> {wire}=")

    # -- building -------------------------------------------------------------------------

    def append(self: E, *children: TwiML) -> E:
        """Add ready-made child elements in order; returns ``self`` so calls chain."""
        for child in children:
            self._check_child(child)
        self.children.extend(children)
        return self

    def nest(self, child: E) -> E:
        """Add one child element and return the child (what the generated methods do)."""
        self._check_child(child)
        self.children.append(child)
        return child

    def _check_child(self, child: object) -> None:
        if not isinstance(child, TwiML):
            raise TwiMLError(f"<{self._tag}> children must be TwiML elements, not {child!r}")
        if child._name not in self._allowed:
            allowed = ", ".join(f"<{n}>" for n in sorted(self._allowed)) or "no elements"
            raise TwiMLError(
                f"<{self._tag}> cannot contain <{child._tag}> ({child._name}); it allows {allowed}"
            )
        if child is self:
            raise TwiMLError(f"<{self._tag}> cannot contain itself")

    def __enter__(self: E) -> E:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    # -- output ---------------------------------------------------------------------------

    def to_xml(self, *, xml_declaration: bool = False) -> str:
        """The element as XML text; with ``xml_declaration``, a complete document."""
        out: list[str] = [XML_DECLARATION] if xml_declaration else []
        self._write(out)
        return "".join(out)

    def _write(self, out: list[str]) -> None:
        out.append("<" + self._tag)
        for wire, value in self.attributes.items():
            out.append(f' {wire}="{escape(value, _ATTR_ENTITIES)}"')
        if self.text is None and not self.children:
            out.append("/>")
            return
        out.append(">")
        if self.text is not None:
            out.append(escape(self.text))
        for child in self.children:
            child._write(out)
        out.append(f"</{self._tag}>")

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_xml()!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TwiML):
            return NotImplemented
        return type(self) is type(other) and self.to_xml() == other.to_xml()

    __hash__ = None  # type: ignore[assignment]  # mutable: not hashable


class TwiMLRoot(TwiML):
    """A whole TwiML document (``<Response>``): ``str()`` includes the XML declaration."""

    __slots__ = ()

    _tag: ClassVar[str] = "Response"

    def __str__(self) -> str:
        return self.to_xml(xml_declaration=True)

    def __bytes__(self) -> bytes:
        return str(self).encode("utf-8")
