"""Where response models are importable from, and the rule for names used twice.

- ``twilio_async.rest.<domain>.<version>.types`` exports every model of that version
  under its class name (class names are unique within a version);
- ``twilio_async.types`` exports every model whose class name only one version uses;
  a name several versions use is exported from the version with ``account_scope``
  (API 2010) when it is one of them, and otherwise not at all: importing it from
  ``twilio_async.types`` raises an ``AttributeError`` that names the per-version
  modules to import it from. Both load a model's module on first access (PEP 562).
"""

from __future__ import annotations

from dataclasses import dataclass

from .ir import ProjectIR, VersionIR


@dataclass(frozen=True)
class Export:
    """One model as a package exports it: ``name`` from ``module`` (relative)."""

    name: str
    module: str


def version_exports(v: VersionIR) -> list[Export]:
    """The models of one version, as its ``types`` package exports them."""
    found = [Export(name, f".{r.module}") for r in v.resources for name in r.model_classes]
    return sorted(found, key=lambda e: e.name)


def _types_package(v: VersionIR) -> str:
    return f".{v.domain_attr}.{v.version}.types"


def top_exports(project: ProjectIR) -> tuple[list[Export], dict[str, list[str]]]:
    """``twilio_async.types``' exports (modules relative to ``twilio_async.rest``) and the
    names left out because several versions use them (name -> public modules)."""
    owners: dict[str, list[VersionIR]] = {}
    for d in project.domains:
        for v in d.versions:
            for e in version_exports(v):
                owners.setdefault(e.name, []).append(v)
    exports: list[Export] = []
    ambiguous: dict[str, list[str]] = {}
    for name in sorted(owners):
        versions = owners[name]
        winner = versions[0] if len(versions) == 1 else None
        if winner is None:
            winner = next((v for v in versions if v.account_scope is not None), None)
        if winner is None:
            ambiguous[name] = sorted(v.package + ".types" for v in versions)
        else:
            exports.append(Export(name, _types_package(winner)))
    return exports, ambiguous
