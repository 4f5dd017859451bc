"""TwiML: load ``specs/twiml.yaml``, check it, build its IR and render ``twilio_async/twiml``.

A separate path from the REST specs (its own small format, described in
``specs/README.md``), sharing the naming helpers, the problem reporting and the
ruff formatting of the REST pipeline. ``python -m codegen`` runs both.
"""

from __future__ import annotations

import re
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

from .naming import py_identifier, snake
from .render import TEMPLATES, format_tree
from .spec import SpecError, SpecProblem

#: The file name ``python -m codegen`` treats as the TwiML spec (never as a REST spec).
SPEC_NAME = "twiml.yaml"
#: Where the generated module goes, relative to the repository root.
OUTPUT = Path("twilio_async") / "twiml" / "_generated.py"

TYPES = frozenset({"string", "uri", "integer", "number", "boolean", "http-method", "list", "enum"})
_ANNOTATION = {
    "string": "str",
    "uri": "str",
    "enum": "str",
    "http-method": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "list": "str | Sequence[str]",
}
#: How the runtime converts each type (``twilio_async/twiml/_base.py``).
_RUNTIME_KIND = {"uri": "string", "enum": "string"}
_TEXT_MODES = ("none", "optional", "required")
_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
#: Keyword names the generated signatures use themselves, and builder attribute names.
_RESERVED_KWARGS = frozenset({"self", "text", "extra_attributes"})
_RESERVED_METHODS = frozenset(
    {"append", "nest", "to_xml", "text", "attributes", "children", "self"}
)
_ELEMENT_KEYS = frozenset({"tag", "kind", "doc", "text", "attributes", "children", "method"})
_DOCUMENT_KEYS = frozenset({"doc", "children"})
_ATTRIBUTE_KEYS = frozenset({"type", "python", "values", "doc"})


@dataclass(frozen=True)
class AttributeIR:
    wire: str
    python: str
    type: str
    annotation: str
    runtime_kind: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class ElementIR:
    name: str  # class name (the spec key)
    tag: str
    kind: str  # verb | noun | document
    doc: str
    text: str  # none | optional | required
    method: str  # the builder method name on a parent
    attributes: tuple[AttributeIR, ...]
    children: tuple[str, ...]  # spec names, in spec order


def docstring(e: ElementIR, ir: TwiMLIR) -> str:
    """The class docstring's lines, wrapped to fit the line length (indented by the template)."""
    wrap = textwrap.TextWrapper(width=92, break_long_words=False, break_on_hyphens=False)
    lines = [f"``<{e.tag}>`` ({e.kind})."]
    if e.doc:
        lines += ["", *wrap.wrap(e.doc)]
    if e.text != "none":
        lines += ["", f"Text content: {e.text}."]
    if e.attributes:
        lines += ["", "Attributes (keyword: wire name, type):", ""]
        for a in e.attributes:
            item = f"- ``{a.python}``: ``{a.wire}``, {a.type}"
            if a.values:
                item += f" ({', '.join(a.values)})"
            lines += wrap.wrap(item) if len(item) <= 92 else _hanging(item, wrap)
    if e.children:
        tags = ", ".join(f"``<{ir.element(c).tag}>``" for c in e.children)
        lines += ["", *wrap.wrap(f"May contain: {tags}.")]
    return "\n".join(f"    {line}" if line else "" for line in lines).lstrip()


def _hanging(item: str, wrap: textwrap.TextWrapper) -> list[str]:
    first, *rest = wrap.wrap(item)
    return [first, *(f"  {line}" for line in rest)]


@dataclass(frozen=True)
class TwiMLIR:
    spec_file: str
    documents: tuple[ElementIR, ...]
    elements: tuple[ElementIR, ...]

    def element(self, name: str) -> ElementIR:
        return next(e for e in (*self.documents, *self.elements) if e.name == name)

    @property
    def every(self) -> tuple[ElementIR, ...]:
        return (*self.elements, *self.documents)


class _Problems:
    def __init__(self, file: str):
        self.file = file
        self.items: list[SpecProblem] = []

    def add(self, element: str, field: str, message: str) -> None:
        self.items.append(SpecProblem(self.file, element, field, message))


def load_twiml(path: Path) -> TwiMLIR:
    """Parse and check the TwiML spec; every problem is reported at once as ``SpecError``."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise SpecError([SpecProblem(path.name, "", "", f"not valid YAML: {err}")]) from err
    return build_twiml(raw, path.name)


def build_twiml(raw: Any, file: str) -> TwiMLIR:
    """The IR of an already-parsed TwiML spec (``file`` names it in problems)."""
    problems = _Problems(file)
    if not isinstance(raw, dict):
        raise SpecError([SpecProblem(file, "", "", "the spec must be a mapping")])
    if raw.get("twiml") != 1:
        problems.add("", "twiml", "must be 1 (the format version)")
    unknown = set(raw) - {"twiml", "documents", "elements"}
    for key in sorted(unknown):
        problems.add("", key, "unknown top-level key")
    raw_docs = raw.get("documents")
    raw_elements = raw.get("elements")
    if not isinstance(raw_docs, dict) or not raw_docs:
        problems.add("", "documents", "must be a non-empty mapping of document classes")
        raw_docs = {}
    if not isinstance(raw_elements, dict) or not raw_elements:
        problems.add("", "elements", "must be a non-empty mapping of verbs and nouns")
        raw_elements = {}

    names = [*raw_docs, *raw_elements]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.add(str(name), "", "defined both as a document and as an element")
    for name in names:
        if not isinstance(name, str) or not _CLASS_NAME.match(name):
            problems.add(str(name), "", "names must be PascalCase class names")

    elements = tuple(
        _element(str(name), body, problems, document=False) for name, body in raw_elements.items()
    )
    documents = tuple(
        _element(str(name), body, problems, document=True) for name, body in raw_docs.items()
    )
    known = {e.name: e for e in elements}
    for parent in (*documents, *elements):
        methods: dict[str, str] = {}
        for child in parent.children:
            target = known.get(child)
            if target is None:
                problems.add(parent.name, "children", f"unknown element {child!r}")
                continue
            if target.method in methods:
                problems.add(
                    parent.name,
                    "children",
                    f"{child} and {methods[target.method]} would both be built by "
                    f".{target.method}(); set `method:` on one of them",
                )
            methods[target.method] = child
    reachable: set[str] = set()
    todo = [c for d in documents for c in d.children]
    while todo:
        name = todo.pop()
        if name in known and name not in reachable:
            reachable.add(name)
            todo.extend(known[name].children)
    for e in elements:
        if e.name not in reachable:
            problems.add(e.name, "", "no document or element may contain it")
    if problems.items:
        raise SpecError(problems.items)
    return TwiMLIR(file, documents, elements)


def _element(name: str, body: Any, problems: _Problems, *, document: bool) -> ElementIR:
    if body is None:
        body = {}
    if not isinstance(body, dict):
        problems.add(name, "", "must be a mapping")
        body = {}
    allowed_keys = _DOCUMENT_KEYS if document else _ELEMENT_KEYS
    for key in sorted(set(body) - allowed_keys):
        problems.add(name, str(key), "unknown key")
    tag = "Response" if document else body.get("tag", name)
    if not isinstance(tag, str) or not _XML_NAME.match(tag):
        problems.add(name, "tag", f"{tag!r} is not an XML element name")
        tag = name
    kind = "document" if document else body.get("kind", "verb")
    if kind not in ("verb", "noun", "document"):
        problems.add(name, "kind", "must be verb or noun")
    doc = body.get("doc", "")
    if not isinstance(doc, str):
        problems.add(name, "doc", "must be a string")
        doc = ""
    text = "none" if document else body.get("text", "none")
    if text not in _TEXT_MODES:
        problems.add(name, "text", f"must be one of {', '.join(_TEXT_MODES)}")
        text = "none"
    method = body.get("method", py_identifier(snake(tag)))
    if not isinstance(method, str) or not method.isidentifier():
        problems.add(name, "method", "must be a Python identifier")
        method = snake(name)
    if method in _RESERVED_METHODS:
        problems.add(name, "method", f"{method!r} is a builder method already; set `method:`")
    children = body.get("children", [])
    if not isinstance(children, list) or not all(isinstance(c, str) for c in children):
        problems.add(name, "children", "must be a list of element names")
        children = []
    if len(set(children)) != len(children):
        problems.add(name, "children", "lists an element twice")
    attributes = _attributes(name, body.get("attributes"), problems)
    return ElementIR(name, tag, kind, doc, text, method, attributes, tuple(children))


def _attributes(element: str, raw: Any, problems: _Problems) -> tuple[AttributeIR, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        problems.add(element, "attributes", "must be a mapping of wire name -> type")
        return ()
    out: list[AttributeIR] = []
    seen: dict[str, str] = {}
    for wire, spec in raw.items():
        where = f"attributes.{wire}"
        if not isinstance(wire, str) or not _XML_NAME.match(wire):
            problems.add(element, where, "is not an XML attribute name")
            continue
        if isinstance(spec, str):
            spec = {"type": spec}
        if not isinstance(spec, dict):
            problems.add(element, where, "must be a type name or a mapping")
            continue
        for key in sorted(set(spec) - _ATTRIBUTE_KEYS):
            problems.add(element, f"{where}.{key}", "unknown key")
        type_ = spec.get("type")
        if not isinstance(type_, str) or type_ not in TYPES:
            known = ", ".join(sorted(TYPES))
            problems.add(element, where, f"unknown type {type_!r} (one of {known})")
            continue
        values = spec.get("values", [])
        if type_ == "enum" and (not isinstance(values, list) or not values):
            problems.add(element, where, "an enum lists its documented values under `values`")
            values = []
        elif type_ not in ("enum", "list") and "values" in spec:
            problems.add(element, f"{where}.values", "only an enum or a list has values")
        elif not isinstance(values, list):
            problems.add(element, f"{where}.values", "must be a list")
            values = []
        python = spec.get("python", py_identifier(snake(wire)))
        if not isinstance(python, str) or not python.isidentifier():
            problems.add(element, f"{where}.python", "must be a Python identifier")
            continue
        if python in _RESERVED_KWARGS:
            problems.add(element, where, f"python name {python!r} is reserved; set `python:`")
        if python in seen:
            problems.add(element, where, f"python name {python!r} is also used by {seen[python]}")
        seen[python] = wire
        out.append(
            AttributeIR(
                wire=wire,
                python=python,
                type=type_,
                annotation=_ANNOTATION[type_],
                runtime_kind=_RUNTIME_KIND.get(type_, type_),
                values=tuple(str(v) for v in values),
            )
        )
    return tuple(out)


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render_twiml(ir: TwiMLIR, spec_label: str) -> str:
    """The generated module's text, before formatting."""
    env = _env()
    env.globals["docstring"] = docstring
    return env.get_template("twiml.py.j2").render(ir=ir, spec=spec_label)


def generate_twiml(spec: Path, out: Path, *, check: bool, spec_label: str) -> tuple[int, str]:
    """Write (or, with ``check``, compare) the generated module. Returns (exit code, message)."""
    try:
        ir = load_twiml(spec)
    except SpecError as err:
        return 2, "\n".join(f"spec error: {p}" for p in err.problems)
    text = render_twiml(ir, spec_label)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "twiml"
        scratch.mkdir()
        target = scratch / out.name
        target.write_text(text, encoding="utf-8")
        format_tree(scratch)
        fresh = target.read_bytes()
    if check:
        if not out.exists() or out.read_bytes() != fresh:
            return 1, f"{out} is stale against {spec_label}; run `make codegen`"
        return 0, f"{out.name} is up to date"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(fresh)
    return 0, f"generated {out.name} from {spec_label}"
