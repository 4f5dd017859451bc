"""The guides include README sections by marker: every marker they name exists, once."""

from __future__ import annotations

import re

from tests.docs.gen_ref_module import DOCS, ROOT

INCLUDE = re.compile(r'^--8<-- "README\.md:([\w-]+)"$', re.MULTILINE)


def _includes() -> set[str]:
    found: set[str] = set()
    for page in DOCS.rglob("*.md"):
        found |= set(INCLUDE.findall(page.read_text(encoding="utf-8")))
    return found


def test_the_guides_include_readme_sections() -> None:
    assert {"intro", "client", "retries", "timeouts", "logging", "batch", "testing"} <= _includes()


def test_every_included_section_is_marked_once_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in _includes():
        start = f"<!-- --8<-- [start:{name}] -->"
        end = f"<!-- --8<-- [end:{name}] -->"
        assert readme.count(start) == 1, start
        assert readme.count(end) == 1, end
        section = readme[readme.index(start) + len(start) : readme.index(end)]
        assert section.strip(), f"README section {name!r} is empty"
        assert "--8<--" not in section, f"README section {name!r} overlaps another"


def test_every_guide_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (DOCS / "guides").glob("*.md"):
        assert f"guides/{page.name}" in config, f"{page.name} is not in mkdocs.yml's nav"
