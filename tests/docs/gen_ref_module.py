"""``docs/gen_ref.py`` loaded by path (``docs/`` is not a package: MkDocs runs the script)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
NAME = "twilio_async_docs_gen_ref"


def load() -> ModuleType:
    """The generator module, imported once."""
    if NAME not in sys.modules:
        spec = importlib.util.spec_from_file_location(NAME, DOCS / "gen_ref.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[NAME] = module
        spec.loader.exec_module(module)
    return sys.modules[NAME]
