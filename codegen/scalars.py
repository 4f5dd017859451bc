"""The one registry of spec vocabulary: scalar types, verbs, locations, bodies, dialects.

Every stage reads its facts from here: the spec loader (which names are types), the
importer (which OpenAPI formats map to which type), the IR (annotations and the imports
they need) and the runtime check in the tests (``kind`` values are the runtime's
``ParamKind``, ``LOCATIONS`` its ``Location``, ``BODIES`` its ``BodyKind``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

#: ``(module, name)``: one name a generated module imports.
Import = tuple[str, str]

Kind = Literal["string", "integer", "number", "boolean", "datetime", "date", "object"]

DECIMAL: Final[Import] = ("decimal", "Decimal")
DATETIME: Final[Import] = ("datetime", "datetime")
DATE: Final[Import] = ("datetime", "date")
ANY: Final[Import] = ("typing", "Any")
SEQUENCE: Final[Import] = ("collections.abc", "Sequence")
_FIELDS = "twilio_async._fields"


@dataclass(frozen=True)
class Scalar:
    """A spec type name and everything codegen derives from it.

    ``kind`` is how the runtime encodes a parameter of this type (``Param.kind``);
    ``param`` / ``field`` are the annotations of a parameter / a response field, and
    ``param_imports`` / ``field_imports`` the names those annotations use.
    """

    name: str
    kind: Kind
    param: str
    field: str
    param_imports: tuple[Import, ...] = ()
    field_imports: tuple[Import, ...] = ()


def _string(name: str) -> Scalar:
    return Scalar(name, "string", "str", "str")


SCALARS: Final[dict[str, Scalar]] = {
    s.name: s
    for s in (
        _string("string"),
        _string("uri"),
        _string("phone-number"),
        _string("http-method"),
        _string("sid"),
        _string("twiml"),
        _string("iso-country-code"),
        _string("currency"),
        Scalar("integer", "integer", "int", "WireInt", (), ((_FIELDS, "WireInt"),)),
        Scalar(
            "number",
            "number",
            "float | Decimal",
            "WireDecimal",
            (DECIMAL,),
            ((_FIELDS, "WireDecimal"),),
        ),
        Scalar("boolean", "boolean", "bool", "bool"),
        Scalar(
            "datetime",
            "datetime",
            "datetime | date | str",
            "IsoDateTime",
            (DATETIME, DATE),
            ((_FIELDS, "IsoDateTime"),),
        ),
        Scalar(
            "datetime-rfc2822",
            "datetime",
            "datetime | date | str",
            "Rfc2822DateTime",
            (DATETIME, DATE),
            ((_FIELDS, "Rfc2822DateTime"),),
        ),
        Scalar(
            "datetime-epoch",
            "datetime",
            "datetime | date | str",
            "EpochDateTime",
            (DATETIME, DATE),
            ((_FIELDS, "EpochDateTime"),),
        ),
        Scalar("date", "date", "date | str", "date", (DATE,), (DATE,)),
        Scalar("object", "object", "Any", "Any", (ANY,), (ANY,)),
        Scalar("uri-map", "object", "Any", "dict[str, Any]", (ANY,), (ANY,)),
    )
}

#: OpenAPI ``format`` of a string schema -> spec type (absent: ``string``).
STRING_FORMATS: Final[dict[str, str]] = {
    "uri": "uri",
    "phone-number": "phone-number",
    "date-time-rfc-2822": "datetime-rfc2822",
    "date-time": "datetime",
    "date": "date",
    "http-method": "http-method",
    "currency": "currency",
    "iso-country-code": "iso-country-code",
    "twiml": "twiml",
}

Verb = Literal["create", "list", "fetch", "update", "delete"]
VERBS: Final[tuple[Verb, ...]] = ("create", "list", "fetch", "update", "delete")
Location = Literal["query", "form", "header", "json"]
LOCATIONS: Final[tuple[Location, ...]] = ("query", "form", "header", "json")
Body = Literal["form", "json", "none"]
BODIES: Final[tuple[Body, ...]] = ("form", "json", "none")
Dialect = Literal["json-2010", "json-v1", "json-token", "xml-2008"]
DIALECTS: Final[tuple[Dialect, ...]] = ("json-2010", "json-v1", "json-token", "xml-2008")
Method = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
METHODS: Final[tuple[Method, ...]] = ("GET", "POST", "PUT", "PATCH", "DELETE")
On = Literal["list", "instance"]

#: The HTTP method of a verb unless the spec says ``method:``.
DEFAULT_METHODS: Final[dict[Verb, Method]] = {
    "create": "POST",
    "update": "POST",
    "list": "GET",
    "fetch": "GET",
    "delete": "DELETE",
}
#: Which path a verb runs on unless the spec says ``on:``.
DEFAULT_ON: Final[dict[Verb, On]] = {
    "create": "list",
    "list": "list",
    "fetch": "instance",
    "update": "instance",
    "delete": "instance",
}
