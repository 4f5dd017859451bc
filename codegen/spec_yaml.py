"""Reading spec files: YAML with YAML 1.2 booleans (only ``true`` / ``false``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false (so ``on: list`` keeps the key ``on``)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path) -> Any:
    """Parse a spec file with YAML 1.2 booleans."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
