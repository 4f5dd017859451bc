"""What one import did, and the error that stops one."""

from __future__ import annotations

from dataclasses import dataclass, field


class ImportFailure(Exception):
    """The OpenAPI file contains something the importer cannot resolve."""


@dataclass
class Report:
    """What one import did: counts, constructs not expressed, hand edits kept."""

    source: str
    unexpressed: dict[str, list[str]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def note(self, kind: str, where: str) -> None:
        """Record a construct of the OpenAPI file that the spec does not express."""
        places = self.unexpressed.setdefault(kind, [])
        if where not in places:
            places.append(where)
