"""Spec path templates split into segments, and the snake_case of wire names.

A leaf: the catalog, the relations between resources and the value helpers all
read paths the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PLACEHOLDER = re.compile(r"^(?P<pre>[^{}]*)\{(?P<name>\w+)\}(?P<suf>[^{}]*)$")


@dataclass(frozen=True)
class Segment:
    """One path segment: a literal, or a placeholder with literal text around it."""

    literal: str | None
    name: str = ""
    pre: str = ""
    suf: str = ""

    def match(self, text: str) -> str | None:
        """The placeholder value if ``text`` fits (``""`` for a matching literal), else None."""
        if self.literal is not None:
            return "" if text == self.literal else None
        if (
            len(text) > len(self.pre) + len(self.suf)
            and text.startswith(self.pre)
            and text.endswith(self.suf)
        ):
            return text[len(self.pre) : len(text) - len(self.suf)]
        return None


def parse_path(path: str) -> tuple[Segment, ...]:
    """Split a spec path template into segments (the leading ``/`` dropped)."""
    out: list[Segment] = []
    for part in path.lstrip("/").split("/"):
        m = _PLACEHOLDER.match(part)
        if m is None:
            out.append(Segment(part))
        else:
            out.append(Segment(None, m["name"], m["pre"], m["suf"]))
    return tuple(out)


_SNAKE_1 = re.compile(r"(.)([A-Z][a-z]+)")
_SNAKE_2 = re.compile(r"([a-z0-9])([A-Z])")


@lru_cache(maxsize=4096)
def snake_name(name: str) -> str:
    """``FriendlyName`` -> ``friendly_name``; ``RequestURL`` -> ``request_url``."""
    name = name.replace("-", "")
    return _SNAKE_2.sub(r"\1_\2", _SNAKE_1.sub(r"\1_\2", name)).lower()
