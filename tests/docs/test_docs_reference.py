"""The generated reference covers every public name and every generated REST method.

``docs/gen_ref.py`` writes the reference pages at build time; these tests call it
directly (no MkDocs needed) and check what it writes against the package itself.
The strict MkDocs build runs in CI (``make docs``).
"""

from __future__ import annotations

import importlib
import inspect
import posixpath
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.docs.gen_ref_module import DOCS, ROOT, load
from twilio_async import _resource

gen_ref = load()
REST = ROOT / "twilio_async" / "rest"


@cache
def pages() -> dict[str, str]:
    generated: dict[str, str] = gen_ref.pages()
    return generated


def _rest_resource_files() -> list[Path]:
    return sorted(
        path
        for path in REST.rglob("*.py")
        if "types" not in path.parts and not path.name.startswith("_") and path.name != "enums.py"
    )


def test_the_public_modules_are_found() -> None:
    found = set(gen_ref.public_modules())
    expected = {
        "twilio_async",
        "twilio_async.batch",
        "twilio_async.webhooks",
        "twilio_async.twiml",
        "twilio_async.fastapi",
        "twilio_async.emulator",
        "twilio_async.pytest_plugin",
    }
    assert expected <= found
    assert not any(".rest" in name or "._" in name for name in found)


@pytest.mark.parametrize("module_name", gen_ref.public_modules())
def test_every_public_name_has_a_reference_entry(module_name: str) -> None:
    module = importlib.import_module(module_name)
    page = pages()[gen_ref.public_page_path(module_name)]
    if not hasattr(module, "__all__"):  # rendered whole: its public documented members
        assert re.findall(r"^::: (\S+)$", page, re.MULTILINE) == [module_name]
        assert "members: false" not in page
        return
    names = list(module.__all__)
    assert names, f"{module_name} declares an empty __all__"
    if module_name in gen_ref.LAZY_MODEL_MODULES:  # a table of links, one row per model
        rows = set(re.findall(r"^\| \[`(\w+)`\]\(\.\./rest/\S+\.md(?:#\w+)?\) \|", page, re.M))
        assert rows == set(names)
        return
    entries = set(re.findall(r"^::: (\S+)$", page, re.MULTILINE))
    for name in names:
        getattr(module, name)  # mkdocstrings must find it: it exists at run time too
        assert f"{module_name}.{name}" in entries, f"{module_name}.{name} has no entry"
    assert entries == {module_name, *(f"{module_name}.{n}" for n in names)}


def test_every_generated_resource_module_has_a_page() -> None:
    files = _rest_resource_files()
    assert len(files) > 50  # the tree is there (api v2008, v2010, flex v1)
    expected = {
        "reference/rest/" + path.relative_to(REST).with_suffix(".md").as_posix() for path in files
    }
    generated = {path for path in pages() if path.startswith("reference/rest/")}
    generated -= {p for p in generated if p.endswith("/index.md")}
    assert generated == expected
    summary = pages()["reference/SUMMARY.md"]
    for path in expected:
        version, name = path.rsplit("/", 1)
        index = pages()[f"{version}/index.md"]
        assert f"]({name})" in index, f"{path} is not listed in its version's index"
        assert f"]({version.removeprefix('reference/')}/index.md)" in summary


def _methods(module: Any) -> list[tuple[type[Any], str, _resource.Method[Any, Any]]]:
    found = []
    for cls in vars(module).values():
        if (
            inspect.isclass(cls)
            and cls.__module__ == module.__name__
            and issubclass(cls, _resource.Node)
        ):
            for name, value in vars(cls).items():
                if isinstance(value, _resource.Method):
                    found.append((cls, name, value))
    return found


def test_every_method_shows_its_signature_and_every_parameter() -> None:
    checked = 0
    for resource in gen_ref.resources().values():
        page = pages()[resource.page]
        for cls, name, method in _methods(resource.module):
            assert f"{{ #{cls.__name__.lower()}-{name} }}" in page, f"{cls.__name__}.{name}"
            section = page.split(f"### `{cls.__name__}.{name}`", 1)[1].split("\n### ", 1)[0]
            runtime = inspect.signature(getattr(cls, name)._build())
            for keyword in list(runtime.parameters.values())[1:]:
                assert f"    {keyword.name}: " in section, f"{cls.__name__}.{name}: {keyword.name}"
            for param in method.op.params:
                required = "yes" if param.required else "no"
                row = f"| `{param.py}` | `{param.wire}` | {param.location} |"
                assert row in section, f"{cls.__name__}.{name}: {param.py} row"
                line = next(line for line in section.splitlines() if line.startswith(row))
                assert line.endswith(f"| {required} |"), line
            checked += 1
    assert checked > 200


def test_a_known_method_renders_exactly() -> None:
    page = pages()["reference/rest/api/v2010/accounts_messages.md"]
    create = page.split("### `MessageList.create`", 1)[1].split("\n### ", 1)[0]
    assert "async def create(\n    self,\n    *,\n    to: str,\n" in create
    assert "    from_: str | NotGiven = NOT_GIVEN,\n" in create
    assert ") -> Message\n" in create
    assert "| `from_` | `From` | form | `string` | no |" in create
    assert "| `to` | `To` | form | `string` | yes |" in create
    listing = page.split("### `MessageList.list`", 1)[1].split("\n### ", 1)[0]
    assert "| `date_sent_before` | `DateSent<` | query | `datetime` | no |" in listing
    assert ") -> list[Message]\n" in listing
    assert "`client.messages` (the client's own account)" in page
    assert "| `from_` | `from` | `str \\| None` |" in page  # the model's fields
    plugin = pages()["reference/rest/flex_api/v1/plugins.md"]
    assert "| `flex_metadata` | `Flex-Metadata` | header | `string` | no |" in plugin


def test_links_between_generated_pages_resolve() -> None:
    all_pages = pages()
    for path, text in all_pages.items():
        for target in re.findall(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in all_pages or (DOCS / resolved).is_file(), (path, target)


def test_the_client_page_lists_every_generated_attribute() -> None:
    from twilio_async.rest._root import RootResources

    page = pages()[gen_ref.public_page_path("twilio_async")]
    names = [name for name in vars(RootResources) if not name.startswith("_")]
    assert {"api", "flex_api", "account", "messages", "calls"} <= set(names)
    for name in names:
        assert f"| `client.{name}` |" in page, name


def test_models_list_the_methods_they_carry() -> None:
    page = pages()["reference/rest/api/v2010/accounts_messages.md"]
    model = page.split("## `Message` {", 1)[1]
    assert "`fetch`, `update`, `delete`, `feedback`, `media`." in model


@pytest.mark.parametrize("module_name", gen_ref.public_modules())
def test_public_docstrings_have_no_rest_literal_markers(module_name: str) -> None:
    """The site renders docstrings as Markdown, where a reST ``::`` shows as is."""
    module = importlib.import_module(module_name)
    public = getattr(module, "__all__", ())
    objects = [("", module), *((name, getattr(module, name)) for name in public)]
    for name, obj in objects:
        documented = inspect.isclass(obj) or inspect.ismodule(obj) or inspect.isroutine(obj)
        doc = inspect.getdoc(obj) if documented else None
        for line in (doc or "").splitlines():
            assert not line.rstrip().endswith("::"), (
                f"{module_name}.{name}: a line ends with '::' (write ':' and an indented "
                f"block, or a fenced one): {line.strip()!r}"
            )
