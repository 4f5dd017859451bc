"""Catalog-driven expectations for every generated operation.

Everything here is computed from the generated ``catalog.json`` files (the specs
as data) and small hand-written tables, never by calling the runtime's encoders
or parsers: the test compares what the SDK does with what the spec says.
"""

from __future__ import annotations

import enum
import hashlib
import importlib
import inspect
import json
import re
import ssl
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

import httpx

from codegen.naming import RESERVED_FIELDS, RESERVED_PARAMS, py_identifier, snake
from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN, basic
from twilio_async import Client

BASIC_AUTH = "Basic " + basic(ACCOUNT_SID, AUTH_TOKEN)

#: Per dialect: the ``Accept`` header sent, and the query parameter carrying the page size.
DIALECTS: dict[str, tuple[str, str]] = {
    "json-2010": ("application/json", "PageSize"),
    "json-v1": ("application/json", "PageSize"),
    "json-token": ("application/json", "PageSize"),
    "xml-2008": ("application/xml", "num"),
}
#: Dialects whose wire shape this module knows how to build and check.
SUPPORTED_DIALECTS = frozenset(DIALECTS)

#: Spec types that are plain strings both as parameters and as response fields.
STRINGY = frozenset(
    {
        "string",
        "uri",
        "phone-number",
        "http-method",
        "sid",
        "twiml",
        "iso-country-code",
        "currency",
    }
)

#: Keywords every generated method may take besides the declared parameters.
OPTION_KEYWORDS = frozenset({"options", "limit", "page_size", "page_token", "page_number"})

#: Headers the transport itself adds (anything else must be a declared header param).
TRANSPORT_HEADERS = frozenset(
    {
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "authorization",
        "content-type",
        "content-length",
    }
)

UTC = timezone.utc
#: A non-UTC aware datetime: the wire must carry it converted to UTC.
PARAM_DATETIMES = (
    datetime(2024, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2))),
    datetime(2024, 1, 2, 3, 4, 6, tzinfo=UTC),
)
PARAM_DATETIME_WIRE = ("2024-01-02T03:04:05Z", "2024-01-02T03:04:06Z")

RFC2822_TEXT = "Thu, 24 Aug 2023 05:01:45 +0000"
RFC2822_VALUE = datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
ISO_TEXT = "2024-01-02T03:04:05.123Z"
ISO_VALUE = datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)
EPOCH_TEXT = "1692853305"  # == RFC2822_VALUE
UNKNOWN_FIELD = ("brand_new_field", "x")


#: Building an SSL context costs ~40 ms; hundreds of cases share one.
_SSL_CONTEXT = ssl.create_default_context()


@asynccontextmanager
async def mocked_client() -> AsyncIterator[Client]:
    """A client like the ``client`` fixture, over an httpx client that reuses one SSL context."""
    async with (
        httpx.AsyncClient(verify=_SSL_CONTEXT, follow_redirects=False) as http,
        Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, environ={}, http_client=http) as client,
    ):
        yield client


# --------------------------------------------------------------------------- catalogs


@dataclass(frozen=True, eq=False)
class Catalog:
    """One generated ``catalog.json``: a spec as data."""

    domain: str
    version: str
    dialect: str
    enums: dict[str, list[str]]
    int_enums: dict[str, dict[str, int]]
    resources: dict[str, dict[str, Any]]
    extra: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.domain}.{self.version}"


def load_catalogs() -> list[Catalog]:
    """Every ``twilio_async/rest/<domain>/<version>/catalog.json``, in a stable order."""
    root = resources.files("twilio_async.rest")
    out: list[Catalog] = []
    for domain_dir in sorted(root.iterdir(), key=lambda p: p.name):
        if not domain_dir.is_dir():
            continue
        for version_dir in sorted(domain_dir.iterdir(), key=lambda p: p.name):
            path = version_dir / "catalog.json"
            if not version_dir.is_dir() or not path.is_file():
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append(
                Catalog(
                    domain=data["domain"],
                    version=data["version"],
                    dialect=data["dialect"],
                    enums=data.get("enums") or {},
                    int_enums=data.get("int_enums") or {},
                    resources=data["resources"],
                    extra=data.get("extra") or {},
                )
            )
    return out


@dataclass(frozen=True, eq=False)
class OpCase:
    """One operation of one resource of one catalog."""

    catalog: Catalog
    rid: str
    verb: str

    @property
    def id(self) -> str:
        return f"{self.catalog.label}:{self.rid}:{self.verb}"

    @property
    def resource(self) -> dict[str, Any]:
        return self.catalog.resources[self.rid]

    @property
    def op(self) -> dict[str, Any]:
        op: dict[str, Any] = self.resource["operations"][self.verb]
        return op

    @property
    def path(self) -> str:
        key = "list_path" if self.op["on"] == "list" else "instance_path"
        path = self.resource[key]
        assert path, f"{self.id}: operation on {self.op['on']} but the resource has no {key}"
        return str(path)

    @property
    def returns_resource_model(self) -> bool:
        return self.verb != "delete" and not self.op.get("returns")


def op_cases(catalogs: list[Catalog]) -> list[OpCase]:
    return [
        OpCase(cat, rid, verb)
        for cat in catalogs
        if cat.dialect in SUPPORTED_DIALECTS
        for rid, res in cat.resources.items()
        for verb in res["operations"]
    ]


# --------------------------------------------------------------------------- navigation

_SID_PATTERN = re.compile(
    r"\^?(?:\((?P<alts>[A-Z]{2}(?:\|[A-Z]{2})*)\)|(?P<prefix>[A-Z]{2}))"
    # anchors optional (preview-iam writes AC[0-9a-f]{32}); iam's OAuth apps: [a-zA-Z0-9]
    r"\[(?:0-9a-f(?:A-F)?|a-zA-Z0-9)\]\{32\}\$?"
)


def sample_key(rid: str, key: dict[str, Any], catalog: Catalog, fields: dict[str, str]) -> str:
    """A valid, per-resource distinct value for a resource's key (of its key field's type)."""
    digest = hashlib.sha256(rid.encode()).hexdigest()
    pattern = key.get("pattern")
    field_type = fields.get(key["field"], "string")
    if pattern is None and field_type == "integer":  # sync list items' ``index``
        return str(int(digest[:8], 16))
    if pattern is None and field_type.startswith("enum:"):  # verify's ``form_type``
        return str(catalog.enums[field_type[5:]][0])
    if pattern is None:
        return "US" if key["param"] == "CountryCode" else f"K{digest[:12]}"
    match = _SID_PATTERN.fullmatch(pattern)
    assert match is not None, f"{rid}: no sampler for key pattern {pattern!r}; extend sample_key"
    prefix = match["prefix"] or match["alts"].split("|")[0]
    value = prefix + digest[:32]
    assert re.fullmatch(pattern, value), (rid, pattern, value)
    return value


def _segments(path: str) -> list[str]:
    return re.sub(r"\.json$", "", path).strip("/").split("/")


def _continues(base: str | None, path: str) -> bool:
    """True when ``path`` extends ``base`` (placeholders match any placeholder)."""
    if base is None:
        return False
    b, s = _segments(base), _segments(path)
    return len(s) > len(b) and all(
        x == y or (x.startswith("{") and y.startswith("{")) for x, y in zip(b, s, strict=False)
    )


@dataclass(frozen=True)
class Step:
    """One attribute access from the version root; ``call`` is the key args, if called."""

    attr: str
    call: tuple[str, ...] | None


def navigation(case: OpCase) -> tuple[list[Step], list[str]]:
    """Attribute steps from ``client.<domain>.<version>`` and the path values used, in order."""
    parts = case.rid.split(".")
    path = case.path
    steps: list[Step] = []
    keys: list[str] = []
    for n in range(1, len(parts)):
        anc_id = ".".join(parts[:n])
        anc = case.catalog.resources[anc_id]
        attr = py_identifier(anc.get("attr") or parts[n - 1], RESERVED_FIELDS)
        if anc["key"] and _continues(anc["instance_path"], path):
            value = sample_key(anc_id, anc["key"], case.catalog, anc["fields"])
            steps.append(Step(attr, (value,)))
            keys.append(value)
        elif _continues(anc["list_path"], path):
            steps.append(Step(attr, None))
        elif _continues(anc["instance_path"], path):
            steps.append(Step(attr, ()))
        elif "{" not in path:  # needs no ancestor key: hangs off the list (voice /v1/Settings)
            steps.append(Step(attr, None))
        else:
            raise AssertionError(f"{case.id}: {path} continues neither path of {anc_id}")
    attr = py_identifier(case.resource.get("attr") or parts[-1], RESERVED_FIELDS)
    if case.op["on"] == "instance":
        key = case.resource["key"]
        if key:
            value = sample_key(case.rid, key, case.catalog, case.resource["fields"])
            steps.append(Step(attr, (value,)))
            keys.append(value)
        else:
            steps.append(Step(attr, ()))
    else:
        steps.append(Step(attr, None))
    return steps, keys


def navigate(client: Any, case: OpCase) -> Any:
    """The list resource or instance context the operation is called on."""
    node = getattr(getattr(client, case.catalog.domain.replace("-", "_")), case.catalog.version)
    for step in navigation(case)[0]:
        node = getattr(node, step.attr)
        if step.call is not None:
            node = node(*step.call)
    return node


def expected_path(case: OpCase) -> str:
    keys = navigation(case)[1]
    placeholders = re.findall(r"\{[^{}]+\}", case.path)
    assert len(placeholders) == len(keys), (
        f"{case.id}: {case.path} has {len(placeholders)} placeholders, navigation gave {keys}"
    )
    values = iter(keys)
    return re.sub(r"\{[^{}]+\}", lambda _: next(values), case.path)


# --------------------------------------------------------------------------- arguments


def python_name(param: dict[str, Any]) -> str:
    explicit = param.get("python")
    return str(explicit) if explicit else py_identifier(snake(param["name"]), RESERVED_PARAMS)


def _split_type(type_: str) -> tuple[str, bool]:
    if type_.startswith("list<") and type_.endswith(">"):
        return type_[5:-1], True
    return type_, False


def _param_item(case: OpCase, name: str, kind: str, i: int) -> tuple[Any, str, Any]:
    """(Python value, form/query/header string, JSON body value) of item ``i``."""
    if kind in STRINGY:
        text = f"v-{name}" + (f"-{i}" if i else "")
        return text, text, text
    if kind == "integer":
        return 7 + i, str(7 + i), 7 + i
    if kind == "number":
        num = (Decimal("1.5"), Decimal("2.25"))[i]
        return num, str(num), float(num)
    if kind == "boolean":
        flag = (True, False)[i]
        return flag, "true" if flag else "false", flag
    if kind in ("datetime", "datetime-rfc2822"):
        return PARAM_DATETIMES[i], PARAM_DATETIME_WIRE[i], PARAM_DATETIME_WIRE[i]
    if kind == "date":
        day = date(2024, 1, 2 + i)
        return day, day.isoformat(), day.isoformat()
    if kind == "object":
        obj = {"k": 1 + i}
        return obj, json.dumps(obj, separators=(",", ":")), obj
    if kind.startswith("enum:"):
        # Item 0 is passed as the generated enum's member, item 1 as a plain str/int.
        values = case.catalog.enums[kind[5:]]
        value = values[i % len(values)]
        plain: str | int = int(value) if kind[5:] in case.catalog.int_enums else value
        arg = enum_class(case.catalog, kind[5:])(plain) if i == 0 else plain
        return arg, value, plain
    raise AssertionError(f"{case.id}: parameter {name}: no sample for type {kind!r}")


_ENUM_CLASSES: dict[tuple[str, str], type[enum.Enum]] = {}


def enum_class(catalog: Catalog, name: str) -> type[enum.Enum]:
    """The generated enum class of catalog enum ``name`` (found by its values, in order)."""
    cached = _ENUM_CLASSES.get((catalog.label, name))
    if cached is not None:
        return cached
    module_name = f"twilio_async.rest.{catalog.domain.replace('-', '_')}.{catalog.version}.enums"
    module = importlib.import_module(module_name)
    values = catalog.enums[name]
    found = [
        cls
        for cls in vars(module).values()
        if isinstance(cls, type)
        and issubclass(cls, enum.Enum)
        and cls.__module__ == module_name
        and [str(m.value) for m in cls] == values
    ]
    assert found, f"{catalog.label}: no generated enum class with the values of {name!r}"
    _ENUM_CLASSES[(catalog.label, name)] = found[0]
    return found[0]


@dataclass
class RequestPlan:
    """What one call passes and what must appear on the wire."""

    kwargs: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    query: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] = field(default_factory=list)
    json_body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    path: str = ""


def request_plan(case: OpCase) -> RequestPlan:
    plan = RequestPlan(path=expected_path(case))
    for param in case.op["params"]:
        name, location = param["name"], param["in"]
        kind, many = _split_type(param["type"])
        items = [_param_item(case, name, kind, i) for i in range(2 if many else 1)]
        py = python_name(param)
        assert py not in plan.kwargs, f"{case.id}: two params map to keyword {py!r}"
        plan.kwargs[py] = [item[0] for item in items] if many else items[0][0]
        if param.get("required"):
            plan.required.add(py)
        wires = [item[1] for item in items]
        if location == "query":
            plan.query.extend((name, w) for w in wires)
        elif location == "form":
            plan.form.extend((name, w) for w in wires)
        elif location == "header":
            assert not many, f"{case.id}: list header {name}"
            plan.headers[name] = wires[0]
        elif location == "json":
            value = [item[2] for item in items] if many else items[0][2]
            if name == "body" and kind == "object" and not many:
                plan.json_body.update(value)  # the whole JSON body
            else:
                plan.json_body[name] = value
        else:
            raise AssertionError(f"{case.id}: parameter {name}: unknown location {location!r}")
    if case.verb == "list":
        paging = case.op.get("paging") or {}
        plan.query.append((paging.get("size") or DIALECTS[case.catalog.dialect][1], "2"))
    return plan


def method_names(verb: str) -> tuple[str, ...]:
    return ("page", "list", "stream") if verb == "list" else (verb,)


def _aliases_of(method: Any) -> dict[str, str]:
    """alias -> keyword of a generated method (empty when it declares none)."""
    from twilio_async._resource import Method, declared

    descriptor = inspect.getattr_static(type(method.__self__), method.__name__, None)
    return declared(descriptor._args).aliases if isinstance(descriptor, Method) else {}


def check_signature(case: OpCase, method: Any, plan: RequestPlan) -> None:
    """Every declared param is exactly one keyword; required ones have no default."""
    sig = inspect.signature(method)
    declared: dict[str, inspect.Parameter] = {}
    for name, p in sig.parameters.items():
        assert p.kind is inspect.Parameter.KEYWORD_ONLY, f"{case.id}: {name} is not keyword-only"
        if name not in OPTION_KEYWORDS:
            declared[name] = p
    # twilio-python's spellings (``resource_version`` for ``version``) are extra keywords;
    # a required keyword with one is optional in the signature (either may be given).
    aliases = _aliases_of(method)
    for alias in aliases:
        declared.pop(alias, None)
    assert set(declared) == set(plan.kwargs), (
        f"{case.id}: signature keywords {sorted(declared)} != spec params {sorted(plan.kwargs)}"
    )
    for name, p in declared.items():
        has_default = p.default is not inspect.Parameter.empty
        optional = name not in plan.required or name in aliases.values()
        assert has_default == optional, f"{case.id}: {name} required-ness"
    assert "options" in sig.parameters, f"{case.id}: no per-call options"


def check_request(case: OpCase, request: httpx.Request, plan: RequestPlan) -> None:
    op = case.op
    method = op["method"]
    assert request.method == method, f"{case.id}: method"
    url = request.url
    assert (url.scheme, url.host) == ("https", f"{case.catalog.domain}.twilio.com"), case.id
    assert url.path == plan.path, f"{case.id}: path {url.path} != {plan.path}"
    assert Counter(url.params.multi_items()) == Counter(plan.query), (
        f"{case.id}: query {url.params.multi_items()} != {plan.query}"
    )

    headers = request.headers
    declared = {name.lower() for name in plan.headers}
    for name, value in plan.headers.items():
        assert headers.get(name) == value, f"{case.id}: header {name}"
    if "authorization" not in declared:
        assert headers.get("authorization") == BASIC_AUTH, f"{case.id}: Authorization"
    assert headers.get("user-agent", "").startswith("twilio-async/"), case.id
    assert headers.get("accept") == DIALECTS[case.catalog.dialect][0], f"{case.id}: Accept"
    unexpected = {k.lower() for k in headers} - TRANSPORT_HEADERS - declared
    assert not unexpected, f"{case.id}: unexpected headers {unexpected}"

    body = request.content
    content_type = headers.get("content-type", "")
    if op["body"] == "form":
        assert content_type.startswith("application/x-www-form-urlencoded"), case.id
        form = parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=bool(body))
        assert Counter(form) == Counter(plan.form), f"{case.id}: form {form} != {plan.form}"
    else:
        assert not plan.form, f"{case.id}: form params on a {op['body']!r} operation"
        if op["body"] == "json":
            assert content_type.startswith("application/json"), case.id
            assert json.loads(body) == plan.json_body, f"{case.id}: JSON body"
        else:
            assert body == b"", f"{case.id}: unexpected body {body[:80]!r}"
            assert "content-type" not in headers, case.id
    if method in ("GET", "DELETE"):
        assert body == b"", f"{case.id}: {method} with a body"


# --------------------------------------------------------------------------- responses


@dataclass(frozen=True)
class EnumValue:
    """Expected: an enum member whose ``.value`` is this (a str, or an int for int enums)."""

    value: str | int


def _field_sample(case: OpCase, name: str, type_: str) -> tuple[Any, Any]:
    """(JSON value sent by the server, expected Python value on the model)."""
    kind, many = _split_type(type_)
    if many:
        wire, expected = _field_sample(case, name, kind)
        return [wire], [expected]
    if kind in STRINGY:
        return f"s-{name}", f"s-{name}"
    if kind == "integer":
        return "42", 42  # a numeric string, as Twilio often sends: must parse to int
    if kind == "number":
        return "-0.00750", Decimal("-0.00750")
    if kind == "boolean":
        return True, True
    if kind == "datetime-rfc2822":
        return RFC2822_TEXT, RFC2822_VALUE
    if kind == "datetime":
        return ISO_TEXT, ISO_VALUE
    if kind == "datetime-epoch":
        return EPOCH_TEXT, RFC2822_VALUE
    if kind == "date":
        return "2024-01-02", date(2024, 1, 2)
    if kind == "uri-map":
        return {"media": "/x"}, {"media": "/x"}
    if kind == "object":
        return {"a": 1}, {"a": 1}
    if kind.startswith("enum:"):
        first = case.catalog.enums[kind[5:]][0]
        if kind[5:] in case.catalog.int_enums:
            return first, EnumValue(int(first))
        return first, EnumValue(first)
    raise AssertionError(f"{case.id}: field {name}: no sample for type {kind!r}")


def response_fields(case: OpCase) -> dict[str, str]:
    returns = case.op.get("returns")
    if returns:
        fields: dict[str, str] = case.resource["models"][returns]
        return fields
    fields = case.resource["fields"]
    return fields


def response_item(case: OpCase) -> tuple[dict[str, Any], dict[str, Any]]:
    """(one JSON object, expected Python value per wire field)."""
    body: dict[str, Any] = {}
    expected: dict[str, Any] = {}
    for name, type_ in response_fields(case).items():
        body[name], expected[name] = _field_sample(case, name, type_)
    key = case.resource["key"]
    field_type = case.resource["fields"].get(key["field"]) if key else None
    if case.returns_resource_model and key and key["field"] in body and field_type != "integer":
        if not str(field_type).startswith("enum:"):  # an enum key is the sample's own value
            value = sample_key(case.rid, key, case.catalog, case.resource["fields"])
            body[key["field"]] = expected[key["field"]] = value
    elif case.returns_resource_model and key and key["field"] in body:
        number = int(sample_key(case.rid, key, case.catalog, case.resource["fields"]))
        body[key["field"]] = expected[key["field"]] = number
    body[UNKNOWN_FIELD[0]] = UNKNOWN_FIELD[1]
    return body, expected


def success_status(case: OpCase) -> int:
    status = case.op.get("status")
    if status:
        return int(status)
    return {"create": 201, "delete": 204}.get(case.verb, 200)


def response_json(case: OpCase, item: dict[str, Any]) -> dict[str, Any]:
    if case.verb != "list":
        return item
    list_key = case.resource["list_key"]
    assert list_key, f"{case.id}: list operation without list_key"
    url = f"https://{case.catalog.domain}.twilio.com{expected_path(case)}"
    if case.catalog.dialect == "json-2010":
        path = expected_path(case)
        return {
            list_key: [item],
            "first_page_uri": f"{path}?PageSize=2&Page=0",
            "next_page_uri": None,
            "previous_page_uri": None,
            "uri": f"{path}?PageSize=2&Page=0",
            "page": 0,
            "page_size": 2,
            "start": 0,
            "end": 0,
        }
    if case.catalog.dialect == "json-v1":
        return {
            list_key: [item],
            "meta": {
                "key": list_key,
                "first_page_url": f"{url}?PageSize=2&Page=0",
                "next_page_url": None,
                "previous_page_url": None,
                "url": f"{url}?PageSize=2&Page=0",
                "page": 0,
                "page_size": 2,
            },
        }
    if case.catalog.dialect == "json-token":
        meta = {"key": list_key, "next_token": None, "previous_token": None, "page_size": 2}
        return {list_key: [item], "meta": meta}
    raise AssertionError(f"{case.id}: no page shape for dialect {case.catalog.dialect!r}")


def _xml_text(case: OpCase, name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    assert isinstance(value, str), f"{case.id}: field {name}: no XML form for {value!r}"
    return escape(value)


def response_xml(case: OpCase, item: dict[str, Any]) -> bytes:
    """API 2008: ``<TwilioResponse>`` around one item, or around a list with paging attributes."""
    tag = case.op.get("returns") or case.resource["item_key"]
    assert tag, f"{case.id}: no item element name"
    fields = "".join(f"<{k}>{_xml_text(case, k, v)}</{k}>" for k, v in item.items())
    payload = f"<{tag}>{fields}</{tag}>"
    if case.verb == "list":
        list_key = case.resource["list_key"]
        assert list_key, f"{case.id}: list operation without list_key"
        attrs = 'page="0" numpages="1" pagesize="2" total="1" start="0" end="0"'
        payload = f"<{list_key} {attrs}>{payload}</{list_key}>"
    envelope = f"<TwilioResponse>{payload}</TwilioResponse>"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + envelope).encode()


def http_response(case: OpCase) -> httpx.Response:
    status = success_status(case)
    if case.verb == "delete":
        return httpx.Response(status)
    item, _ = response_item(case)
    if case.catalog.dialect == "xml-2008":
        headers = {"Content-Type": "application/xml; charset=utf-8"}
        return httpx.Response(status, content=response_xml(case, item), headers=headers)
    return httpx.Response(status, json=response_json(case, item))


def _check_value(where: str, actual: Any, expected: Any) -> None:
    if isinstance(expected, EnumValue):
        assert isinstance(actual, enum.Enum), f"{where}: {actual!r} is not an enum"
        assert type(actual.value) is type(expected.value), f"{where}: {actual.value!r}"
        assert actual.value == expected.value, f"{where}: {actual!r}"
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), f"{where}: {actual!r}"
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            _check_value(f"{where}[{i}]", a, e)
    elif isinstance(expected, bool):
        assert actual is expected, f"{where}: {actual!r}"
    elif isinstance(expected, int):
        assert type(actual) is int and actual == expected, f"{where}: {actual!r}"
    elif isinstance(expected, Decimal):
        assert isinstance(actual, Decimal) and str(actual) == str(expected), f"{where}: {actual!r}"
    elif isinstance(expected, datetime):
        assert isinstance(actual, datetime) and actual == expected, f"{where}: {actual!r}"
        assert actual.utcoffset() == expected.utcoffset(), f"{where}: offset {actual!r}"
    elif isinstance(expected, date):
        assert type(actual) is date and actual == expected, f"{where}: {actual!r}"
    elif isinstance(expected, str):
        assert type(actual) is str and actual == expected, f"{where}: {actual!r}"
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def check_model(case: OpCase, model: Any) -> None:
    """Every wire field is one typed attribute; unknown fields are kept."""
    _, expected = response_item(case)
    model_fields = type(model).model_fields
    for wire, value in expected.items():
        names = [n for n, f in model_fields.items() if (f.alias or n) == wire]
        assert len(names) == 1, f"{case.id}: wire field {wire!r} maps to model fields {names}"
        where = f"{case.id}: {type(model).__name__}.{names[0]}"
        _check_value(where, getattr(model, names[0]), value)
    assert model.model_extra == {UNKNOWN_FIELD[0]: UNKNOWN_FIELD[1]}, f"{case.id}: extra fields"


def instance_verbs(case: OpCase) -> list[str]:
    return [v for v, op in case.resource["operations"].items() if op["on"] == "instance"]
