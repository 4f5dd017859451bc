"""Import Twilio's published OpenAPI 3 descriptions into our compact resource specs.

``python -m codegen import [--oai-dir DIR] [--out-dir DIR] [OAI_FILE ...]`` reads
``twilio_api_v2010.json`` and ``twilio_flex_v1.json`` (or the files named) and writes
``api_v2010.yaml`` and ``flex_v1.yaml`` (``twilio_NAME.json`` -> ``NAME.yaml``) in the
format documented in ``specs/README.md``.

Only facts are imported: paths, names, types, patterns, enum values and required
flags. Descriptions, summaries and examples are never copied. Entries of the existing
output marked ``x-hand: true`` (a resource, an operation or a parameter) win over the
imported ones, so hand edits survive re-imports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from .naming import RESERVED_PARAMS, pascal, py_identifier, snake
from .spec import read_yaml

JSON = dict[str, Any]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OAI_DIR = REPO_ROOT.parent / "shared" / "reference" / "twilio-oai"
DEFAULT_OUT_DIR = REPO_ROOT / "specs"

# (OpenAPI file, output file)
TARGETS: tuple[tuple[str, str], ...] = (
    ("twilio_api_v2010.json", "api_v2010.yaml"),
    ("twilio_flex_v1.json", "flex_v1.yaml"),
)

SPEC_FORMAT = 1
HAND = "x-hand"
VERBS: tuple[str, ...] = ("create", "list", "fetch", "update", "delete")
OPERATION_PREFIXES: dict[str, str] = {
    "Create": "create",
    "List": "list",
    "Fetch": "fetch",
    "Update": "update",
    "Delete": "delete",
}
DEFAULT_METHOD: dict[str, str] = {
    "create": "POST",
    "list": "GET",
    "fetch": "GET",
    "update": "POST",
    "delete": "DELETE",
}
DEFAULT_ON: dict[str, str] = {
    "create": "list",
    "list": "list",
    "fetch": "instance",
    "update": "instance",
    "delete": "instance",
}
USUAL_STATUS: dict[str, frozenset[int]] = {
    "create": frozenset({200, 201}),
    "list": frozenset({200}),
    "fetch": frozenset({200}),
    "update": frozenset({200}),
    "delete": frozenset({200, 204}),
}
PAGING_PARAMS = frozenset({"PageSize", "Page", "PageToken"})

#: Fields the OpenAPI types as strings although their values are numbers on the wire
#: ("num_segments": "1", "price": "-0.00750"); models parse them to int / Decimal.
NUMERIC_STRING_FIELDS = {"num_segments": "integer", "num_media": "integer", "price": "number"}
PAGING_KEYS: dict[str, frozenset[str]] = {
    "json-2010": frozenset(
        {
            "end",
            "first_page_uri",
            "next_page_uri",
            "page",
            "page_size",
            "previous_page_uri",
            "start",
            "uri",
        }
    ),
    "json-v1": frozenset({"meta"}),
}
STRING_FORMATS: dict[str, str] = {
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
FORM = "application/x-www-form-urlencoded"
JSON_CT = "application/json"
HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
PLACEHOLDER = re.compile(r"^\{([^{}]+)\}$")


class ImportFailure(Exception):
    """The OpenAPI file contains something the importer cannot resolve."""


# --------------------------------------------------------------------------- names


def python_name(name: str) -> str:
    """The keyword argument codegen derives for a wire name (``DateSent<`` -> ``date_sent_before``).

    The same derivation as ``codegen.ir`` uses for parameters without ``python:``.
    """
    return py_identifier(snake(name), RESERVED_PARAMS)


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


# --------------------------------------------------------------------------- report


@dataclass
class Report:
    """What one import did: counts, constructs not expressed, hand edits kept."""

    source: str
    unexpressed: dict[str, list[str]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def note(self, kind: str, where: str) -> None:
        places = self.unexpressed.setdefault(kind, [])
        if where not in places:
            places.append(where)


# --------------------------------------------------------------------------- model


@dataclass
class _Op:
    verb: str
    on: str  # "list" | "instance"
    method: str
    op: JSON
    path: str


@dataclass
class _Res:
    list_path: str | None = None
    instance_path: str | None = None
    xt: JSON = field(default_factory=dict)
    ops: list[_Op] = field(default_factory=list)
    id: str = ""
    mount: str = ""
    parent: _Res | None = None
    parent_inferred: bool = False
    key_pos: int | None = None
    key_param: str | None = None

    @property
    def paths(self) -> list[str]:
        return [p for p in (self.list_path, self.instance_path) if p is not None]

    @property
    def main_path(self) -> str:
        return self.list_path if self.list_path is not None else str(self.instance_path)


class _Importer:
    def __init__(self, oai: JSON, source: str) -> None:
        self.oai = oai
        self.report = Report(source)
        self.schemas: dict[str, JSON] = oai.get("components", {}).get("schemas", {})
        self.paths: dict[str, JSON] = oai["paths"]
        self.enums: dict[str, list[Any]] = {}
        self._enum_origin: dict[str, str] = {}
        self.suffix = ".json" if all(p.endswith(".json") for p in self.paths) else ""
        prefixes = {p.split("/")[1] for p in self.paths}
        if len(prefixes) != 1:
            raise ImportFailure(f"paths do not share one version prefix: {sorted(prefixes)}")
        self.prefix = "/" + prefixes.pop()
        servers = oai.get("servers") or []
        host = urlparse(servers[0]["url"]).hostname if servers else None
        if not host or not host.endswith(".twilio.com"):
            raise ImportFailure(f"cannot tell the Twilio domain from servers {servers!r}")
        self.domain = host[: -len(".twilio.com")]
        self.host = host
        version = self.prefix[1:]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", version):
            self.version = "v" + version[:4]
            self.dialect = "json-2010"
        else:
            self.version = version
            self.dialect = "json-v1"

    # ------------------------------------------------------------------ helpers

    def _strip(self, path: str) -> str:
        return path[: -len(self.suffix)] if self.suffix and path.endswith(self.suffix) else path

    def _segments(self, path: str) -> list[str]:
        return self._strip(path).split("/")

    def _placeholders(self, path: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for i, seg in enumerate(self._segments(path)):
            m = PLACEHOLDER.match(seg)
            if m:
                out.append((i, m.group(1)))
        return out

    def _is_prefix(self, short: str, long: str) -> bool:
        a, b = self._segments(short), self._segments(long)
        if len(a) >= len(b):
            return False
        for x, y in zip(a, b[: len(a)], strict=True):
            px, py = PLACEHOLDER.match(x), PLACEHOLDER.match(y)
            if bool(px) != bool(py) or (not px and x != y):
                return False
        return True

    def _schema(self, name: str, where: str) -> JSON:
        schema = self.schemas.get(name)
        if schema is None:
            raise ImportFailure(f"{where}: $ref to unknown schema {name!r}")
        return schema

    def type_of(self, schema: JSON, where: str) -> str:
        """Our type string for an OpenAPI schema (fields and params share the table)."""
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            target = self._schema(name, where)
            if target.get("type") == "string" and "enum" in target:
                return "enum:" + self._register_enum(name, target, where)
            self.report.note("$ref to a non-enum schema, typed as object", where)
            return "object"
        for combo in ("allOf", "anyOf", "oneOf"):
            if combo in schema:
                self.report.note(f"{combo} schema, typed as object", where)
                return "object"
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            if "enum" in schema and fmt != "http-method":
                self.report.note("inline string enum (no named schema), typed as string", where)
            return STRING_FORMATS.get(str(fmt), "string")
        if kind in ("integer", "number", "boolean"):
            return str(kind)
        if kind == "object":
            if fmt == "uri-map":
                return "uri-map"
            if "properties" in schema:
                self.report.note("nested object structure, typed as object", where)
            return "object"
        if kind == "array":
            items = schema.get("items") or {}
            item = self.type_of(items, where) if items else "object"
            if item.startswith("list<") or item == "uri-map":
                item = "object"
            return f"list<{item}>"
        if kind is None:
            return "object"
        self.report.note(f"unknown schema type {kind!r}, typed as object", where)
        return "object"

    def _register_enum(self, schema_name: str, schema: JSON, where: str) -> str:
        name = schema_name.replace("_enum_", "_", 1)
        values = list(schema["enum"])
        origin = self._enum_origin.get(name)
        if origin is not None and origin != schema_name:
            raise ImportFailure(
                f"{where}: enum schemas {origin!r} and {schema_name!r} both map to {name!r}"
            )
        self._enum_origin[name] = schema_name
        self.enums[name] = values
        return name

    # ------------------------------------------------------------------ grouping

    def group(self) -> list[_Res]:
        lists: dict[str, _Res] = {}
        resources: list[_Res] = []
        for path, item in self.paths.items():
            xt = item.get("x-twilio") or {}
            kind = xt.get("pathType")
            if kind == "list":
                res = _Res(list_path=path, xt=dict(xt))
                lists[self._strip(path)] = res
                resources.append(res)
            elif kind != "instance":
                raise ImportFailure(f"{path}: unknown x-twilio.pathType {kind!r}")
        for path, item in self.paths.items():
            xt = item.get("x-twilio") or {}
            if xt.get("pathType") != "instance":
                continue
            base, _, last = self._strip(path).rpartition("/")
            owner = lists.get(base) if PLACEHOLDER.match(last) else None
            if owner is not None and owner.instance_path is None:
                for k in ("parent", "mountName", "className"):
                    if owner.xt.get(k) != xt.get(k):
                        raise ImportFailure(
                            f"{owner.list_path} and {path}: x-twilio {k} differ "
                            f"({owner.xt.get(k)!r} vs {xt.get(k)!r})"
                        )
                owner.instance_path = path
            else:
                resources.append(_Res(instance_path=path, xt=dict(xt)))
        for res in resources:
            for path in res.paths:
                on = "list" if path == res.list_path else "instance"
                for method, op in self.paths[path].items():
                    if method not in HTTP_METHODS:
                        continue
                    op_id = str(op.get("operationId", ""))
                    verb = next(
                        (v for p, v in OPERATION_PREFIXES.items() if op_id.startswith(p)), None
                    )
                    if verb is None:
                        raise ImportFailure(
                            f"{method.upper()} {path}: cannot tell the operation kind of "
                            f"operationId {op_id!r}"
                        )
                    res.ops.append(_Op(verb, on, method.upper(), op, path))
        return resources

    # ------------------------------------------------------------------ ids and keys

    def resolve_ids(self, resources: list[_Res]) -> None:
        by_path: dict[str, _Res] = {}
        for res in resources:
            for p in res.paths:
                by_path[p] = res

        def resolve(res: _Res, stack: tuple[int, ...]) -> None:
            if res.id:
                return
            if id(res) in stack:
                raise ImportFailure(f"{res.main_path}: parent cycle")
            parent_rel = res.xt.get("parent")
            parent: _Res | None = None
            if parent_rel is not None:
                parent = by_path.get(self.prefix + str(parent_rel))
                if parent is None:
                    raise ImportFailure(f"{res.main_path}: unknown parent {parent_rel!r}")
            elif self._needs_parent(res):
                parent = self._infer_parent(res, resources)
                res.parent_inferred = True
            mount = res.xt.get("mountName")
            if not mount:
                literals = [
                    s for s in self._segments(res.main_path) if s and not PLACEHOLDER.match(s)
                ]
                mount = snake(literals[-1])
            res.mount = str(mount)
            if parent is not None:
                resolve(parent, (*stack, id(res)))
                res.parent = parent
                res.id = f"{parent.id}.{res.mount}"
            else:
                res.id = res.mount
            self._assign_key(res)

        for res in resources:
            resolve(res, ())
        seen: dict[str, _Res] = {}
        for res in resources:
            other = seen.get(res.id)
            if other is not None:
                raise ImportFailure(
                    f"duplicate resource id {res.id!r}: {other.main_path} and {res.main_path}"
                )
            seen[res.id] = res

    def _needs_parent(self, res: _Res) -> bool:
        """A root resource can own at most one placeholder, the last one of its instance path."""
        if res.list_path is not None and self._placeholders(res.list_path):
            return True
        return res.instance_path is not None and len(self._placeholders(res.instance_path)) > 1

    def _infer_parent(self, res: _Res, resources: list[_Res]) -> _Res:
        best: tuple[int, int, str] | None = None
        found: _Res | None = None
        for other in resources:
            if other is res:
                continue
            for p in other.paths:
                if self._is_prefix(p, res.main_path):
                    rank = (len(self._segments(p)), int(p == other.instance_path), p)
                    if best is None or rank > best:
                        best, found = rank, other
        if found is None:
            raise ImportFailure(
                f"{res.main_path}: no x-twilio parent, and its placeholders need one"
            )
        self.report.note(
            "no x-twilio parent although the path has several placeholders; "
            "parent inferred from the longest path prefix",
            f"{res.main_path} -> under {found.main_path}",
        )
        return found

    def _ancestor_keys(self, res: _Res) -> dict[int, str]:
        keys: dict[int, str] = {}
        anc = res.parent
        while anc is not None:
            if anc.key_pos is not None and anc.key_param is not None:
                keys.setdefault(anc.key_pos, anc.key_param)
            anc = anc.parent
        return keys

    def _assign_key(self, res: _Res) -> None:
        covered = self._ancestor_keys(res)
        if res.list_path is not None:
            for pos, name in self._placeholders(res.list_path):
                if pos not in covered:
                    raise ImportFailure(
                        f"{res.list_path}: placeholder {{{name}}} is not an ancestor's key"
                    )
        if res.instance_path is None:
            return
        own = [(p, n) for p, n in self._placeholders(res.instance_path) if p not in covered]
        if len(own) > 1:
            raise ImportFailure(
                f"{res.instance_path}: placeholders {[n for _, n in own]} are not ancestor keys"
            )
        if own:
            res.key_pos, res.key_param = own[0]

    # ------------------------------------------------------------------ resources

    def build(self) -> JSON:
        resources = self.group()
        self.resolve_ids(resources)
        specs: dict[str, JSON] = {}
        for res in sorted(resources, key=lambda r: r.id):
            specs[res.id] = self._resource(res)
        self._unique_classes(resources, specs)
        doc: JSON = {
            "spec": SPEC_FORMAT,
            "domain": self.domain,
            "version": self.version,
            "dialect": self.dialect,
        }
        if self.dialect == "json-2010" and "accounts" in specs:
            doc["account_scope"] = "accounts"
        doc["enums"] = {k: self.enums[k] for k in sorted(self.enums)}
        doc["resources"] = specs
        self._note_ignored()
        return doc

    def _unique_classes(self, resources: list[_Res], specs: dict[str, JSON]) -> None:
        """Make class and model names unique: on a collision, prefix the parent's class."""
        by_id = {r.id: r for r in resources}
        taken: dict[str, str] = {}
        for rid in sorted(specs, key=lambda i: (i.count("."), i)):
            name = str(specs[rid]["class"])
            if name in taken:
                parent = by_id[rid].parent
                if parent is None:
                    raise ImportFailure(
                        f"class {name!r} of {rid!r} collides with {taken[name]!r} "
                        "and there is no parent to prefix"
                    )
                name = str(specs[parent.id]["class"]) + name
                if name in taken:
                    raise ImportFailure(f"class {name!r} of {rid!r} is not unique")
                specs[rid]["class"] = name
            taken[name] = rid
        for rid in sorted(specs, key=lambda i: (i.count("."), i)):
            spec = specs[rid]
            models: JSON = spec.get("models") or {}
            renamed: dict[str, str] = {}
            for model in list(models):
                name = model
                if name in taken:
                    name = str(spec["class"]) + model
                    if name in taken:
                        raise ImportFailure(f"model {model!r} of {rid!r} is not unique")
                renamed[model] = name
                taken[name] = f"{rid} (model)"
            if renamed and any(k != v for k, v in renamed.items()):
                spec["models"] = {renamed[k]: v for k, v in models.items()}
                for op in spec["operations"].values():
                    if op.get("returns") in renamed:
                        op["returns"] = renamed[op["returns"]]

    def _success(self, op: _Op) -> tuple[int, JSON | None]:
        responses: JSON = op.op.get("responses") or {}
        codes = sorted(int(c) for c in responses if str(c).isdigit())
        ok = [c for c in codes if 200 <= c < 300] or [c for c in codes if 300 <= c < 400]
        if not ok:
            raise ImportFailure(f"{op.method} {op.path}: no success response")
        where = f"{op.method} {op.path}"
        for c in codes:
            if c not in ok and c < 400:
                self.report.note("additional success response not expressed", f"{where} {c}")
            elif c >= 400 and (responses[str(c)].get("content") or {}):
                self.report.note("error response body schema not expressed", f"{where} {c}")
        code = ok[0]
        content: JSON = responses[str(code)].get("content") or {}
        if not content:
            return code, None
        if list(content) != [JSON_CT]:
            self.report.note(f"response content type(s) {sorted(content)}", where)
        body = content.get(JSON_CT) or next(iter(content.values()))
        schema: JSON | None = body.get("schema")
        return code, schema

    def _resource(self, res: _Res) -> JSON:
        verbs: dict[str, _Op] = {}
        for op in res.ops:
            if op.verb in verbs:
                raise ImportFailure(
                    f"{res.id}: two {op.verb} operations ({verbs[op.verb].method} "
                    f"{verbs[op.verb].path} and {op.method} {op.path})"
                )
            verbs[op.verb] = op

        # the schema each operation returns
        schemas: dict[str, str] = {}
        list_key: str | None = None
        for verb, op in verbs.items():
            where = f"{op.method} {op.path}"
            _, schema = self._success(op)
            if schema is None:
                continue
            if verb == "list":
                list_key, item = self._list_item(schema, where)
                if item is not None:
                    schemas[verb] = item
            elif "$ref" in schema:
                schemas[verb] = _ref_name(schema["$ref"])
            else:
                self.report.note("inline response schema, fields not imported", where)
        order = ("fetch", "list", "create", "update", "delete")
        primary = next((schemas[v] for v in order if v in schemas), None)

        out: JSON = {}
        class_name = res.xt.get("className")
        if class_name:
            out["class"] = pascal(str(class_name))
        elif primary is not None:
            out["class"] = pascal(primary.rsplit(".", 1)[-1])
        else:
            out["class"] = pascal(res.mount)
        if res.list_path is not None:
            out["list_path"] = res.list_path
        if res.instance_path is not None:
            out["instance_path"] = res.instance_path

        # The resource's own schemas (fetch and list items may differ in detail, e.g. 2010
        # notifications) are merged into ``fields``; an operation returning yet another
        # schema (CreateNewKey -> new_key) gets its own model and ``returns``.
        own = {schemas[v] for v in ("fetch", "list") if v in schemas}
        if primary is not None:
            own.add(primary)
        fields: JSON = {}
        for v in order:
            name = schemas.get(v)
            if name is None or name not in own:
                continue
            if name != primary:
                self.report.note(
                    "list items and fetch use different schemas; fields merged into one model",
                    f"{res.id}: {name} and {primary}",
                )
            fields.update((k, t) for k, t in self._schema_fields(name).items() if k not in fields)
        models: JSON = {}
        returns: dict[str, str] = {}
        for v in order:
            name = schemas.get(v)
            if name is None or name in own:
                continue
            model = pascal(name.rsplit(".", 1)[-1])
            models.setdefault(model, {"fields": self._schema_fields(name)})
            returns[v] = model
            self.report.note(
                "operation returns another schema than the resource; written as models + returns",
                f"{res.id}.{v} returns {model}",
            )
        if res.key_param is not None:
            out["key"] = self._key(res, fields)
        if "list" in verbs:
            if list_key is None:
                raise ImportFailure(f"{res.id}: cannot find the list key of the list response")
            out["list_key"] = list_key
        if fields:
            out["fields"] = fields
        if models:
            out["models"] = models
        out["operations"] = {
            verb: self._operation(res, verbs[verb], returns.get(verb))
            for verb in VERBS
            if verb in verbs
        }
        return out

    def _schema_fields(self, name: str) -> JSON:
        schema = self._schema(name, name)
        fields: JSON = {}
        for prop, ps in (schema.get("properties") or {}).items():
            typ = self.type_of(ps, f"{name}.{prop}")
            fields[prop] = NUMERIC_STRING_FIELDS.get(prop, typ) if typ == "string" else typ
        return fields

    def _list_item(self, schema: JSON, where: str) -> tuple[str | None, str | None]:
        if "$ref" in schema:
            schema = self._schema(_ref_name(schema["$ref"]), where)
        props: JSON = schema.get("properties") or {}
        paging = PAGING_KEYS[self.dialect]
        candidates = [k for k in props if k not in paging]
        if len(candidates) != 1:
            raise ImportFailure(f"{where}: list response has item keys {candidates}")
        key = candidates[0]
        marker = "next_page_uri" if self.dialect == "json-2010" else "meta"
        if marker not in props:
            self.report.note("list response without paging metadata (a single page)", where)
        prop: JSON = props[key]
        items: JSON = prop.get("items") or {}
        if prop.get("type") != "array" or "$ref" not in items:
            self.report.note("list items are not a named schema, fields not imported", where)
            return key, None
        return key, _ref_name(items["$ref"])

    def _key(self, res: _Res, fields: JSON) -> JSON:
        param = str(res.key_param)
        snake_param = snake(param)
        if snake_param in fields:
            fld = snake_param
        elif param.endswith("Sid") and "sid" in fields:
            fld = "sid"
        else:
            fld = snake_param
        key: JSON = {"param": param, "field": fld}
        patterns: set[str | None] = set()
        for op in res.ops:
            if op.path != res.instance_path:
                continue
            for prm in op.op.get("parameters") or []:
                if prm.get("in") == "path" and prm.get("name") == param:
                    patterns.add((prm.get("schema") or {}).get("pattern"))
        if len(patterns) == 1:
            pattern = patterns.pop()
            if pattern:
                key["pattern"] = pattern
        elif patterns:
            self.report.note(
                "operations disagree on the key pattern (some accept other values); "
                "no pattern written",
                f"{res.id} {{{param}}}",
            )
        return key

    # ------------------------------------------------------------------ operations

    def _operation(self, res: _Res, op: _Op, returns: str | None) -> JSON:
        where = f"{op.method} {op.path}"
        out: JSON = {}
        if op.on != DEFAULT_ON[op.verb]:
            out["on"] = op.on
        if op.method != DEFAULT_METHOD[op.verb]:
            out["method"] = op.method
        code, _ = self._success(op)
        if not 200 <= code < 300:
            self.report.note(
                "non-2xx success response (specs allow only 2xx `status`); status not written",
                f"{where} {code}",
            )
        elif code not in USUAL_STATUS[op.verb]:
            out["status"] = code
        if returns is not None:
            out["returns"] = returns
        default_in = "form" if op.method in ("POST", "PUT", "PATCH") else "query"
        params: list[JSON] = []
        for prm in op.op.get("parameters") or []:
            if "$ref" in prm:
                raise ImportFailure(f"{where}: $ref parameters are not supported")
            loc = prm.get("in")
            name = str(prm.get("name"))
            if loc == "path":
                continue
            if loc == "cookie":
                self.report.note("cookie parameter not expressed", f"{where} {name}")
                continue
            if op.verb == "list" and loc == "query" and name in PAGING_PARAMS:
                continue
            schema: JSON = prm.get("schema") or {}
            entry = self._param(name, self.type_of(schema, f"{where} {name}"))
            if prm.get("required") is True:
                entry["required"] = True
            if loc == "header":
                entry["in"] = "header"
            elif loc != default_in:
                entry["in"] = str(loc)
            self._note_param_constraints(schema, f"{where} {name}")
            params.append(entry)
        body: JSON | None = op.op.get("requestBody")
        if body is not None:
            content: JSON = body.get("content") or {}
            if FORM in content:
                ctype = FORM
            elif JSON_CT in content:
                ctype = JSON_CT
                out["body"] = "json"
            else:
                raise ImportFailure(f"{where}: request body types {sorted(content)}")
            if len(content) > 1:
                self.report.note(
                    "request body offered in several content types; using " + ctype, where
                )
            schema = content[ctype].get("schema") or {}
            if "$ref" in schema:
                schema = self._schema(_ref_name(schema["$ref"]), where)
            props: JSON = schema.get("properties") or {}
            required = set(schema.get("required") or [])
            for name, ps in props.items():
                entry = self._param(name, self.type_of(ps, f"{where} {name}"))
                if name in required:
                    entry["required"] = True
                if ctype == JSON_CT:
                    entry["in"] = "json"
                elif default_in != "form":
                    entry["in"] = "form"
                self._note_param_constraints(ps, f"{where} {name}")
                params.append(entry)
            if ctype == JSON_CT and not props:
                entry = {"name": "body", "type": "object"}
                if body.get("required") is True:
                    entry["required"] = True
                entry["in"] = "json"
                params.append(entry)
        names = [p["name"] for p in params]
        pys = [p.get("python") or python_name(p["name"]) for p in params]
        for dup in sorted({n for n in pys if pys.count(n) > 1}):
            self.report.note("two parameters with the same Python name", f"{where} {dup}")
        if len(set(names)) != len(names):
            raise ImportFailure(f"{where}: duplicate parameter names")
        if params:
            out["params"] = params
        return out

    def _param(self, name: str, type_: str) -> JSON:
        if not any(ch.isalnum() for ch in name):
            raise ImportFailure(f"parameter {name!r} has no usable Python name")
        return {"name": name, "type": type_}

    def _note_param_constraints(self, schema: JSON, where: str) -> None:
        items: JSON = schema.get("items") or {}
        if "pattern" in schema or "pattern" in items:
            self.report.note(
                "parameter value pattern not expressed (params have no pattern)", where
            )

    def _note_ignored(self) -> None:
        """Record OpenAPI extensions that the format leaves out on purpose."""
        found: set[str] = set()
        for item in self.paths.values():
            xt = item.get("x-twilio") or {}
            for k in ("dependentProperties", "defaultOutputProperties"):
                if k in xt:
                    found.add(f"x-twilio.{k}")
            servers = item.get("servers") or []
            for srv in servers:
                if urlparse(str(srv.get("url"))).hostname != self.host:
                    self.report.note("path served from another host", str(srv.get("url")))
        for name in sorted(found):
            self.report.note("ignored by design (derivable from paths, or CLI display hints)", name)


# --------------------------------------------------------------------------- hand edits


def _is_hand(value: Any) -> bool:
    return isinstance(value, dict) and value.get(HAND) is True


def _enum_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for v in node.values():
            yield from _enum_refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _enum_refs(v)
    elif isinstance(node, str):
        for m in re.finditer(r"enum:([A-Za-z0-9_]+)", node):
            yield m.group(1)


def merge_hand_edits(doc: JSON, existing: JSON | None, report: Report) -> None:
    """Let every ``x-hand: true`` resource, operation or parameter of ``existing`` win."""
    if not existing:
        return
    old_resources = existing.get("resources") or {}
    new_resources: JSON = doc["resources"]
    for rid, old in old_resources.items():
        if not isinstance(old, dict):
            continue
        if _is_hand(old):
            state = "replaces the imported one" if rid in new_resources else "kept (not imported)"
            old_ops = old.get("operations")
            if isinstance(old_ops, dict):
                old["operations"] = {
                    v: _unyaml11(o) if isinstance(o, dict) else o for v, o in old_ops.items()
                }
            new_resources[rid] = old
            report.kept.append(f"resource {rid}: {state}")
            continue
        new = new_resources.get(rid)
        for verb, old_op in (old.get("operations") or {}).items():
            if not isinstance(old_op, dict):
                continue
            if _is_hand(old_op):
                if new is None:
                    report.warnings.append(
                        f"operation {rid}.{verb} is marked {HAND} but its resource is no longer "
                        "imported and not marked itself; dropped"
                    )
                    continue
                ops: JSON = new.setdefault("operations", {})
                ops[verb] = _unyaml11(old_op)
                new["operations"] = _ordered_ops(ops)
                report.kept.append(f"operation {rid}.{verb}")
                continue
            for prm in old_op.get("params") or []:
                if not _is_hand(prm):
                    continue
                new_op = (new or {}).get("operations", {}).get(verb)
                if new_op is None:
                    report.warnings.append(
                        f"param {rid}.{verb}.{prm.get('name')} is marked {HAND} but the "
                        "operation is no longer imported; dropped"
                    )
                    continue
                params: list[JSON] = new_op.setdefault("params", [])
                for i, cur in enumerate(params):
                    if cur.get("name") == prm.get("name"):
                        params[i] = prm
                        break
                else:
                    params.append(prm)
                report.kept.append(f"param {rid}.{verb}.{prm.get('name')}")
    doc["resources"] = {k: new_resources[k] for k in sorted(new_resources)}
    # enums that only kept hand edits refer to
    enums: JSON = doc["enums"]
    old_enums = existing.get("enums") or {}
    for name in sorted(set(_enum_refs(doc["resources"]))):
        if name not in enums and name in old_enums:
            enums[name] = old_enums[name]
            report.kept.append(f"enum {name} (used by hand edits)")
    doc["enums"] = {k: enums[k] for k in sorted(enums)}


def _unyaml11(op: dict[Any, Any]) -> JSON:
    """``on: list`` read by a YAML 1.1 loader is ``{True: "list"}``; restore the key."""
    return {("on" if k is True else str(k)): v for k, v in op.items()}


def _ordered_ops(ops: JSON) -> JSON:
    known = {v: ops[v] for v in VERBS if v in ops}
    return {**known, **{k: v for k, v in ops.items() if k not in known}}


# --------------------------------------------------------------------------- YAML


class _FlowDict(dict[str, Any]):
    pass


class _FlowList(list[Any]):
    pass


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_flow_dict(dumper: yaml.SafeDumper, data: _FlowDict) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(_FlowDict, _represent_flow_dict)
_Dumper.add_representer(_FlowList, _represent_flow_list)


def _styled(doc: JSON) -> JSON:
    """Copy of ``doc`` with parameters and enum value lists marked for flow style."""
    out = dict(doc)
    out["enums"] = {k: _FlowList(v) for k, v in (doc.get("enums") or {}).items()}
    resources: JSON = {}
    for rid, res in (doc.get("resources") or {}).items():
        res = dict(res)
        ops = res.get("operations")
        if isinstance(ops, dict):
            new_ops: JSON = {}
            for verb, op in ops.items():
                if isinstance(op, dict) and isinstance(op.get("params"), list):
                    op = dict(op)
                    op["params"] = [
                        _FlowDict(p) if isinstance(p, dict) else p for p in op["params"]
                    ]
                new_ops[verb] = op
            res["operations"] = new_ops
        resources[rid] = res
    out["resources"] = resources
    return out


def dump_spec(doc: JSON, header: str) -> str:
    """Serialize a spec document: a header comment, then readable block YAML."""
    text = yaml.dump(
        _styled(doc),
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=100_000,
    )
    lines: list[str] = []
    in_resources = False
    for line in text.splitlines():
        if not line.startswith(" "):
            if line in ("enums:", "enums: {}", "resources:", "resources: {}"):
                lines.append("")
            in_resources = line == "resources:"
        elif (
            in_resources
            and line.startswith("  ")
            and not line.startswith("   ")
            and not lines[-1].endswith("resources:")
        ):
            lines.append("")
        lines.append(line)
    comment = "".join(f"# {h}\n" if h else "#\n" for h in header.splitlines())
    return comment + "\n" + "\n".join(lines) + "\n"


def _header(source: str, oai: JSON) -> str:
    info = oai.get("info") or {}
    version = info.get("version")
    ver = f" (OpenAPI info.version {version})" if version else ""
    return (
        f"Imported by `python -m codegen import` from {source}{ver}.\n"
        f"Re-importing rewrites this file: hand edits must carry `{HAND}: true`\n"
        "(on a resource, an operation or a parameter) to survive. See specs/README.md."
    )


# --------------------------------------------------------------------------- entry points


def import_file(oai_path: Path, existing: JSON | None) -> tuple[JSON, Report, str]:
    """Import one OpenAPI file; returns the document, the report and the header comment."""
    oai = json.loads(Path(oai_path).read_text(encoding="utf-8"))
    importer = _Importer(oai, Path(oai_path).name)
    doc = importer.build()
    merge_hand_edits(doc, existing, importer.report)
    return doc, importer.report, _header(Path(oai_path).name, oai)


def import_openapi(oai_path: Path, existing: JSON | None) -> JSON:
    """The spec document (a plain dict) for one OpenAPI file, hand edits of ``existing`` kept."""
    doc, _, _ = import_file(oai_path, existing)
    return doc


def _summary(name: str, doc: JSON, report: Report) -> list[str]:
    resources: JSON = doc["resources"]
    counts = dict.fromkeys(VERBS, 0)
    for res in resources.values():
        for verb in res.get("operations") or {}:
            counts[verb] = counts.get(verb, 0) + 1
    total = sum(counts.values())
    per_verb = ", ".join(f"{v} {n}" for v, n in counts.items())
    out = [
        f"{name}: {len(resources)} resources, {len(doc['enums'])} enums, "
        f"{total} operations ({per_verb})"
    ]
    for line in report.kept:
        out.append(f"  kept hand edit: {line}")
    for line in report.warnings:
        out.append(f"  warning: {line}")
    if report.unexpressed:
        out.append("  not expressed:")
        for kind, places in report.unexpressed.items():
            shown = "; ".join(places[:4]) + ("; ..." if len(places) > 4 else "")
            out.append(f"    - {kind} [{len(places)}]: {shown}")
    return out


def target_name(source: str) -> str:
    """The spec file an OpenAPI file becomes: ``twilio_api_v2010.json`` -> ``api_v2010.yaml``."""
    stem = Path(source).name.removesuffix(".json")
    return stem.removeprefix("twilio_") + ".yaml"


def main(argv: list[str] | None = None) -> int:
    """``python -m codegen import``: rewrite the imported specs; non-zero on failure."""
    parser = argparse.ArgumentParser(
        prog="python -m codegen import",
        description="Import Twilio's OpenAPI files into specs/*.yaml (hand edits kept).",
    )
    parser.add_argument("--oai-dir", type=Path, default=DEFAULT_OAI_DIR)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    parser.add_argument(
        "files",
        nargs="*",
        metavar="OAI_FILE",
        help="OpenAPI files to import instead of the default "
        f"({', '.join(s for s, _ in TARGETS)}); a bare name is looked up in --oai-dir. "
        "twilio_NAME.json is written as NAME.yaml.",
    )
    args = parser.parse_args(argv)
    oai_dir: Path = args.oai_dir
    out_dir: Path = args.out_dir
    sources: list[tuple[Path, str]] = [(oai_dir / source, target) for source, target in TARGETS]
    if args.files:
        sources = []
        for name in args.files:
            path = Path(name)
            sources.append((oai_dir / path if path.parent == Path() else path, target_name(name)))
    targets = [target for _, target in sources]
    if len(set(targets)) != len(targets):
        print(f"two inputs would write the same file: {targets}", file=sys.stderr)
        return 2

    results: list[tuple[Path, str]] = []
    for source_path, target in sources:
        out_path = out_dir / target
        try:
            existing: JSON | None = None
            if out_path.exists():
                loaded = read_yaml(out_path)
                existing = loaded if isinstance(loaded, dict) else None
            doc, report, header = import_file(source_path, existing)
        except (ImportFailure, OSError, KeyError, ValueError, yaml.YAMLError) as exc:
            print(f"{target}: import failed: {exc}", file=sys.stderr)
            return 1
        print("\n".join(_summary(target, doc, report)))
        results.append((out_path, dump_spec(doc, header)))
    out_dir.mkdir(parents=True, exist_ok=True)
    for out_path, text in results:
        out_path.write_text(text, encoding="utf-8")
        print(f"wrote {out_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
