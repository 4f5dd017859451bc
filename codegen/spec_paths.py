"""Path arithmetic on resources: placeholders, nesting and ancestor keys.

The functions take anything with the attributes they read, so the file models
(``spec_schema``) and the resolved specs (``spec_types``) share them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

_PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9]*)\}")


class _Key(Protocol):
    @property
    def param(self) -> str: ...


class Located(Protocol):
    """What path arithmetic needs of a resource."""

    @property
    def list_path(self) -> str | None: ...
    @property
    def instance_path(self) -> str | None: ...
    @property
    def key(self) -> _Key | None: ...


def placeholders(path: str) -> list[str]:
    """The ``{Name}`` placeholders of a path, in order."""
    return _PLACEHOLDER.findall(path)


def strip_suffix(path: str) -> str:
    """``path`` without a ``.json`` / ``.xml`` suffix."""
    for suffix in (".json", ".xml"):
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path


def segments(path: str) -> list[str]:
    """The ``/``-separated parts of a path, suffix removed."""
    return strip_suffix(path).strip("/").split("/")


def attachment(parent: Located, child: Located) -> str | None:
    """``instance`` or ``list``: which side of the parent the child's paths continue."""
    child_path = child.list_path or child.instance_path
    if child_path is None:
        return None
    segs = segments(child_path)

    def continues(base: str | None) -> bool:
        if base is None:
            return False
        bsegs = segments(base)
        if len(segs) <= len(bsegs):
            return False
        pairs = zip(bsegs, segs, strict=False)
        return all(a == b or (a.startswith("{") and b.startswith("{")) for a, b in pairs)

    if parent.key is not None and continues(parent.instance_path):
        return "instance"
    if continues(parent.list_path):
        return "list"
    if parent.key is None and continues(parent.instance_path):
        return "instance"
    return None


def key_positions(spec_resources: Mapping[str, Located], rid: str) -> dict[int, str]:
    """Segment index -> resource id, for the key placeholders of ``rid``'s ancestors."""
    positions: dict[int, str] = {}
    parts = rid.split(".")
    for n in range(1, len(parts)):
        anc_id = ".".join(parts[:n])
        anc = spec_resources.get(anc_id)
        if anc is None or anc.key is None or anc.instance_path is None:
            continue
        segs = segments(anc.instance_path)
        positions[segs.index("{" + anc.key.param + "}")] = anc_id
    return positions
