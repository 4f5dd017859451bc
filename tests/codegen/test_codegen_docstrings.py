"""Generated method docstrings: facts only, complete, and the same for help() and the source.

Every method of every generated resource module (the real tree) is checked: its runtime
``__doc__`` (what ``help()`` shows) equals the docstring written under it in the source
(what IDEs and readers see), names the HTTP method and path, lists every parameter with
its wire name, required flag, enum values and pattern, and ends with a Twilio docs URL.
No sentence of Twilio's OpenAPI descriptions appears in any of them.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import pkgutil
import pydoc
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import twilio_async.rest
from codegen.docstrings import MethodFacts, ParamFacts, as_literal, method_doc
from codegen.spec import load_spec
from twilio_async import Client
from twilio_async._resource import Method

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
#: Twilio's OpenAPI files, next to the repository (as the importer expects them) or next
#: to the directory holding this worktree.
OAI_DIR = next(
    (
        d / "shared" / "reference" / "twilio-oai"
        for d in (ROOT.parent, ROOT.parent.parent)
        if (d / "shared" / "reference" / "twilio-oai").is_dir()
    ),
    ROOT.parent / "shared" / "reference" / "twilio-oai",
)
_DOCS = re.compile(r"^Twilio docs: (https://www\.twilio\.com/docs\S*)$", re.MULTILINE)


def _resource_modules() -> Iterator[ModuleType]:
    import importlib

    for info in pkgutil.walk_packages(twilio_async.rest.__path__, "twilio_async.rest."):
        if ".types" in info.name or info.name.endswith(".enums") or info.ispkg:
            continue
        if info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        yield importlib.import_module(info.name)


def _methods() -> list[tuple[str, str, Method[..., object], str]]:
    """(module, Class.name, descriptor, source docstring) of every generated method."""
    found = []
    for module in _resource_modules():
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            cls = getattr(module, node.name)
            for current, following in itertools.pairwise(node.body):
                if not (
                    isinstance(current, ast.Assign) and isinstance(current.targets[0], ast.Name)
                ):
                    continue
                name = current.targets[0].id
                value = vars(cls).get(name)
                if not isinstance(value, Method):
                    continue
                assert isinstance(following, ast.Expr), f"{node.name}.{name} has no docstring"
                assert isinstance(following.value, ast.Constant)
                doc = following.value.value
                assert isinstance(doc, str)
                found.append((module.__name__, f"{node.name}.{name}", value, doc))
    return found


METHODS = _methods()


def test_every_operation_has_its_methods() -> None:
    names = {name.rsplit(".", 1)[1] for _, name, _, _ in METHODS}
    assert names == {"create", "list", "stream", "page", "fetch", "update", "delete"}
    assert len(METHODS) > 400  # API 2010, Flex v1 and API 2008 together


@pytest.mark.parametrize(("module", "name", "method", "source_doc"), METHODS, ids=lambda x: "")
def test_runtime_doc_is_the_source_doc_and_states_the_facts(
    module: str, name: str, method: Method[..., object], source_doc: str
) -> None:
    doc = method.doc
    assert doc == inspect.cleandoc(source_doc), f"{module}.{name}"
    op = method.op
    first = doc.splitlines()[0]
    assert f"``{op.method} /" in first
    for param in op.params:
        line = next((ln for ln in doc.splitlines() if ln.strip().startswith(f"{param.py} (")), None)
        assert line is not None, f"{name}: {param.py} not documented"
        assert f"``{param.wire}``" in line
        assert line.endswith("required." if param.required else "optional.")
    assert "options (RequestOptions | None)" in doc
    assert "Returns:" in doc
    assert _DOCS.search(doc), f"{name}: no Twilio docs URL"


def test_help_and_dunder_doc_show_the_full_text() -> None:
    client = Client("AC" + "0" * 32, "x" * 32)
    create = client.messages.create
    assert create.__doc__ is not None
    assert create.__doc__.startswith(
        "Create a Message: ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``."
    )
    assert "    to (str): ``To``; phone-number; required." in create.__doc__
    assert "Twilio docs: https://www.twilio.com/docs/sms/api/message-resource" in create.__doc__
    shown = pydoc.render_doc(create, renderer=pydoc.TextDoc())
    assert "status_callback (str): ``StatusCallback``; uri; optional." in shown
    assert "content_retention (MessageContentRetention | str)" in shown
    assert "one of ``retain``, ``discard``" in shown
    fetch = client.messages("SM" + "0" * 32).fetch
    assert "matching ``^(SM|MM)[0-9a-fA-F]{32}$``" in (fetch.__doc__ or "")
    # list methods document the SDK's paging keywords
    assert "limit (int | None)" in (client.messages.list.__doc__ or "")
    assert "page_token (str | None)" in (client.messages.page.__doc__ or "")


def test_resources_without_their_own_page_link_the_files() -> None:
    spec = load_spec(SPECS / "api_v2010.yaml")
    assert spec.docs_url == "https://www.twilio.com/docs/usage/api"
    own = {rid for rid, r in spec.resources.items() if r.docs_url != spec.docs_url}
    assert "accounts.messages" in own
    client = Client("AC" + "0" * 32, "x" * 32)
    assert "Twilio docs: https://www.twilio.com/docs/usage/api" in (
        client.queues.create.__doc__ or ""
    )


def _description_sentences() -> set[str]:
    """Sentences (30+ characters) of every description in Twilio's OpenAPI files."""
    sentences: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str):
                    for part in re.split(r"(?<=[.!?])\s+", value):
                        part = part.strip()
                        if len(part) >= 30:
                            sentences.add(part)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(OAI_DIR.glob("twilio_*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return sentences


@pytest.mark.skipif(not OAI_DIR.is_dir(), reason="needs ../shared/reference/twilio-oai")
def test_no_sentence_comes_from_the_openapi_descriptions() -> None:
    sentences = _description_sentences()
    assert len(sentences) > 1000  # the check has something to find
    text = "\n".join(doc for _, _, method, _ in METHODS for doc in [method.doc])
    copied = [s for s in sentences if s in text]
    assert copied == []


def _facts(**overrides: object) -> MethodFacts:
    base: dict[str, object] = {
        "name": "create",
        "class_name": "Thing",
        "http_method": "POST",
        "path": "/v1/Things",
        "on_list": True,
        "default_location": "form",
        "params": [
            ParamFacts("to", "To", "phone-number", "str", True, "form"),
            ParamFacts("kind", "Kind", "enum:kind", "Kind | str", False, "form", ("a", "b")),
            ParamFacts("digits", "Digits", "string", "str", False, "form", (), r"^\d+$"),
            ParamFacts("meta", "X-Meta", "string", "str", False, "header"),
        ],
        "returns": "Thing",
        "docs_url": "https://www.twilio.com/docs/things",
    }
    base.update(overrides)
    return MethodFacts(**base)  # type: ignore[arg-type]


def test_method_doc_layout() -> None:
    doc = method_doc(_facts())
    assert doc.splitlines() == [
        "Create a Thing: ``POST /v1/Things``.",
        "",
        "Parameters are sent in the form body unless noted.",
        "",
        "Args:",
        "    to (str): ``To``; phone-number; required.",
        "    kind (Kind | str): ``Kind``; enum:kind; one of ``a``, ``b``; optional.",
        r"    digits (str): ``Digits``; string; matching ``^\d+$``; optional.",
        "    meta (str): ``X-Meta``; string; sent in an HTTP header; optional.",
        "    options (RequestOptions | None): SDK: per-request timeout, retries and headers.",
        "",
        "Returns:",
        "    Thing",
        "",
        "Twilio docs: https://www.twilio.com/docs/things",
    ]


def test_instance_methods_name_their_key_and_deletes_return_true() -> None:
    doc = method_doc(
        _facts(
            name="delete",
            http_method="DELETE",
            path="/v1/Things/{Sid}",
            on_list=False,
            default_location="query",
            params=[],
            key=("Sid", "^TH[0-9a-f]{32}$"),
            docs_url=None,
        )
    )
    assert doc.startswith("Delete this Thing: ``DELETE /v1/Things/{Sid}``.")
    assert "addressed by ``{Sid}``, matching ``^TH[0-9a-f]{32}$``" in doc
    assert "``True`` once deleted." in doc
    assert "Twilio docs" not in doc


@pytest.mark.parametrize("text", [r"^\d+$ and \"\"\" inside", 'ends with a quote "', "one line"])
def test_as_literal_reads_back_as_the_same_text(text: str) -> None:
    doc = method_doc(
        _facts(params=[ParamFacts("x", "X", "string", "str", False, "form", (), text)])
    )
    source = f"class C:\n    x = 1\n    {as_literal(doc)}\n"
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.ClassDef)
    expr = node.body[1]
    assert isinstance(expr, ast.Expr) and isinstance(expr.value, ast.Constant)
    value = expr.value.value
    assert isinstance(value, str)
    assert inspect.cleandoc(value) == doc
