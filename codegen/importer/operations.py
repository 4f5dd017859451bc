"""OpenAPI operations as spec operations: path side, method, status and parameters."""

from __future__ import annotations

from ..naming import RESERVED_PARAMS, py_identifier, snake
from ..scalars import DEFAULT_METHODS, DEFAULT_ON, Verb
from .report import ImportFailure
from .schemas import TypeReader
from .source import JSON, Source, ref_name
from .tree import OaiOperation

FORM = "application/x-www-form-urlencoded"
JSON_CT = "application/json"
PAGING_PARAMS = frozenset({"PageSize", "Page", "PageToken"})
#: Token-paged lists that name their paging parameters otherwise (numbers v1 PortIn
#: requests page with ``Size`` and ``Token``): written as ``paging: {size:, token:}``.
OTHER_PAGING: tuple[str, str] = ("Size", "Token")
#: Success statuses a verb has anyway; any other is written as ``status:``.
USUAL_STATUS: dict[Verb, frozenset[int]] = {
    "create": frozenset({200, 201}),
    "list": frozenset({200}),
    "fetch": frozenset({200}),
    "update": frozenset({200}),
    "delete": frozenset({200, 204}),
}


def python_name(name: str) -> str:
    """The keyword argument codegen derives for a wire name (``DateSent<`` -> ``date_sent_before``).

    The same derivation as ``codegen.ir`` uses for parameters without ``python:``.
    """
    return py_identifier(snake(name), RESERVED_PARAMS)


def success(source: Source, op: OaiOperation) -> tuple[int, JSON | None]:
    """The success status of ``op`` and the schema of its body (``None``: no body)."""
    responses: JSON = op.op.get("responses") or {}
    codes = sorted(int(c) for c in responses if str(c).isdigit())
    ok = [c for c in codes if 200 <= c < 300] or [c for c in codes if 300 <= c < 400]
    if not ok:
        raise ImportFailure(f"{op.method} {op.path}: no success response")
    where = f"{op.method} {op.path}"
    for c in codes:
        if c not in ok and c < 400:
            source.report.note("additional success response not expressed", f"{where} {c}")
        elif c >= 400 and (responses[str(c)].get("content") or {}):
            source.report.note("error response body schema not expressed", f"{where} {c}")
    code = ok[0]
    content: JSON = responses[str(code)].get("content") or {}
    if not content:
        return code, None
    if list(content) != [JSON_CT]:
        source.report.note(f"response content type(s) {sorted(content)}", where)
    body = content.get(JSON_CT) or next(iter(content.values()))
    schema: JSON | None = body.get("schema")
    return code, schema


def operation_spec(
    source: Source, types: TypeReader, op: OaiOperation, returns: str | None
) -> JSON:
    """The spec entry of one operation; defaults are left out."""
    where = f"{op.method} {op.path}"
    out: JSON = {}
    if op.on != DEFAULT_ON[op.verb]:
        out["on"] = op.on
    if op.method != DEFAULT_METHODS[op.verb]:
        out["method"] = op.method
    code, _ = success(source, op)
    if not 200 <= code < 300:
        source.report.note(
            "non-2xx success response (specs allow only 2xx `status`); status not written",
            f"{where} {code}",
        )
    elif code not in USUAL_STATUS[op.verb]:
        out["status"] = code
    if returns is not None:
        out["returns"] = returns
    if _other_paging(source, op):
        out["paging"] = {"size": OTHER_PAGING[0], "token": OTHER_PAGING[1]}
    default_in = "form" if op.method in ("POST", "PUT", "PATCH") else "query"
    params = _parameters(source, types, op, where, default_in)
    params += _body_params(source, types, op, where, default_in, out)
    names = [p["name"] for p in params]
    pys = [p.get("python") or python_name(p["name"]) for p in params]
    for dup in sorted({n for n in pys if pys.count(n) > 1}):
        source.report.note("two parameters with the same Python name", f"{where} {dup}")
    if len(set(names)) != len(names):
        raise ImportFailure(f"{where}: duplicate parameter names")
    if params:
        out["params"] = params
    one_of = _one_of(source, op, names, where)
    if one_of:
        out["one_of"] = one_of
    extension = op.op.get("x-twilio")
    mount = extension.get("mountName") if isinstance(extension, dict) else None
    if mount:  # twilio-python also offers it as another attribute of the parent
        out["mount"] = str(mount)
    return out


def _other_paging(source: Source, op: OaiOperation) -> bool:
    """A token-paged list whose query has ``Size`` and ``Token`` and no ``PageSize``."""
    if op.verb != "list" or source.dialect != "json-token":
        return False
    query = {str(p.get("name")) for p in op.op.get("parameters") or [] if p.get("in") == "query"}
    return set(OTHER_PAGING) <= query and not query & PAGING_PARAMS


def _one_of(source: Source, op: OaiOperation, names: list[str], where: str) -> list[list[str]]:
    """``x-twilio.conditional`` (snake_case names) as groups of the operation's wire names."""
    extension = op.op.get("x-twilio")
    groups = extension.get("conditional") if isinstance(extension, dict) else None
    by_snake = {snake(n): n for n in names}
    out: list[list[str]] = []
    for group in groups if isinstance(groups, list) else []:
        wire = [by_snake.get(str(name)) for name in group]
        if len(wire) < 2 or any(w is None for w in wire):
            source.report.note("x-twilio conditional group not expressed", f"{where} {group}")
            continue
        out.append([w for w in wire if w is not None])
    return out


def _parameters(
    source: Source, types: TypeReader, op: OaiOperation, where: str, default_in: str
) -> list[JSON]:
    """Query and header parameters (path ones are the resource's keys)."""
    params: list[JSON] = []
    for prm in op.op.get("parameters") or []:
        if "$ref" in prm:
            prm = source.parameter(str(prm["$ref"]), where)
        loc = prm.get("in")
        name = str(prm.get("name"))
        if loc == "path":
            continue
        if loc == "cookie":
            source.report.note("cookie parameter not expressed", f"{where} {name}")
            continue
        if op.verb == "list" and loc == "query" and name in PAGING_PARAMS:
            continue
        if loc == "query" and name in OTHER_PAGING and _other_paging(source, op):
            continue
        schema: JSON = prm.get("schema") or {}
        entry = _param(name, types.type_of(schema, f"{where} {name}"))
        if prm.get("required") is True:
            entry["required"] = True
        if loc == "header":
            entry["in"] = "header"
        elif loc != default_in:
            entry["in"] = str(loc)
        _note_param_constraints(source, schema, f"{where} {name}")
        params.append(entry)
    return params


def _body_params(
    source: Source, types: TypeReader, op: OaiOperation, where: str, default_in: str, out: JSON
) -> list[JSON]:
    """Form or JSON body properties; sets ``body: json`` on ``out`` for a JSON body."""
    body: JSON | None = op.op.get("requestBody")
    if body is None:
        return []
    content: JSON = body.get("content") or {}
    if FORM in content:
        ctype = FORM
    elif JSON_CT in content:
        ctype = JSON_CT
        out["body"] = "json"
    else:
        raise ImportFailure(f"{where}: request body types {sorted(content)}")
    if len(content) > 1:
        source.report.note("request body offered in several content types; using " + ctype, where)
    schema = content[ctype].get("schema") or {}
    if "$ref" in schema:
        schema = source.schema(ref_name(schema["$ref"]), where)
    props: JSON = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    params: list[JSON] = []
    for name, ps in props.items():
        entry = _param(name, types.type_of(ps, f"{where} {name}"))
        if name in required:
            entry["required"] = True
        if ctype == JSON_CT:
            entry["in"] = "json"
        elif default_in != "form":
            entry["in"] = "form"
        _note_param_constraints(source, ps, f"{where} {name}")
        params.append(entry)
    if ctype == JSON_CT and not props:
        entry = {"name": "body", "type": "object"}
        if body.get("required") is True:
            entry["required"] = True
        entry["in"] = "json"
        params.append(entry)
    return params


def _param(name: str, type_: str) -> JSON:
    if not any(ch.isalnum() for ch in name):
        raise ImportFailure(f"parameter {name!r} has no usable Python name")
    return {"name": name, "type": type_}


def _note_param_constraints(source: Source, schema: JSON, where: str) -> None:
    items: JSON = schema.get("items") or {}
    if "pattern" in schema or "pattern" in items:
        source.report.note("parameter value pattern not expressed (params have no pattern)", where)
