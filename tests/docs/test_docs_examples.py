"""The code of the testing guide runs as written (respx and the emulator)."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from tests.docs.gen_ref_module import DOCS

GUIDE = DOCS / "guides" / "testing.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, str]]:
    """(test function name, the code block defining it) for each block of the guide."""
    found = []
    for code in BLOCK.findall(GUIDE.read_text(encoding="utf-8")):
        names = re.findall(r"^async def (test_\w+)\(", code, re.MULTILINE)
        assert len(names) == 1, f"each example defines one test function:\n{code}"
        found.append((names[0], code))
    return found


def test_the_guide_has_examples() -> None:
    names = [name for name, _ in _examples()]
    assert len(names) >= 3 and len(set(names)) == len(names)


@pytest.mark.parametrize(("name", "code"), _examples(), ids=[n for n, _ in _examples()])
async def test_guide_example_runs(name: str, code: str) -> None:
    namespace: dict[str, Any] = {"__name__": f"testing_guide_{name}"}
    exec(compile(code, f"{GUIDE}:{name}", "exec"), namespace)
    function = namespace[name]
    assert inspect.iscoroutinefunction(function)
    await function()
