"""Load and validate spec files (stage 1 of codegen).

A file is read as YAML 1.2 (``spec_yaml``), validated by the pydantic models of the
format (``spec_schema``, rules spanning fields in ``spec_rules``) and resolved into
the frozen ``Spec`` the IR reads (``spec_build``, types in ``spec_types``). Problems
are collected as ``SpecProblem`` values with file, resource and field
(``spec_problems``) and reported together; a spec with any problem yields no output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .scalars import DEFAULT_METHODS, DEFAULT_ON
from .spec_build import build_specs
from .spec_catalog import spec_to_dict
from .spec_paths import attachment, key_positions, placeholders
from .spec_problems import problems_from, problems_of
from .spec_rules import Issue, file_issues
from .spec_schema import RESOURCES, SpecFile, context_of
from .spec_types import (
    KeySpec,
    OperationSpec,
    ParamSpec,
    ResourceSpec,
    Spec,
    SpecError,
    SpecProblem,
    TypeRef,
    parse_type,
)
from .spec_values import FILE_RULE
from .spec_yaml import read_yaml

__all__ = [
    "DEFAULT_METHODS",
    "DEFAULT_ON",
    "KeySpec",
    "OperationSpec",
    "ParamSpec",
    "ResourceSpec",
    "Spec",
    "SpecError",
    "SpecProblem",
    "TypeRef",
    "attachment",
    "check_document",
    "check_documents",
    "key_positions",
    "load_spec",
    "load_specs",
    "parse_type",
    "placeholders",
    "read_yaml",
    "spec_to_dict",
]


def load_spec(path: str | Path) -> Spec:
    """Read one single-version spec file; raise ``SpecError`` listing every problem found."""
    specs = load_specs(path)
    if len(specs) != 1:
        name = Path(path).name
        raise SpecError([SpecProblem(name, "", "versions", "several versions: use load_specs")])
    return specs[0]


def load_specs(path: str | Path) -> list[Spec]:
    """Read one spec file, one ``Spec`` per version; raise ``SpecError`` on any problem."""
    path = Path(path)
    try:
        doc = read_yaml(path)
    except (OSError, yaml.YAMLError) as err:
        raise SpecError([SpecProblem(path.name, "", "", f"cannot read: {err}")]) from None
    return check_documents(doc, path)


def check_document(doc: Any, path: Path) -> Spec:
    """Validate a parsed single-version spec document; raise ``SpecError`` on problems."""
    specs = check_documents(doc, path)
    if len(specs) != 1:
        raise SpecError([SpecProblem(path.name, "", "versions", "several versions")])
    return specs[0]


def check_documents(doc: Any, path: Path) -> list[Spec]:
    """Validate a parsed spec document (``path`` names it): one ``Spec`` per version."""
    if not isinstance(doc, dict):
        raise SpecError([SpecProblem(path.name, "", "", "top level must be a mapping")])
    context = context_of(doc)
    try:
        parsed = SpecFile.model_validate(doc, context=context)
    except ValidationError as err:
        problems = problems_from(err, path.name, doc)
        if not any(e["type"] == FILE_RULE for e in err.errors()):
            problems += problems_of(_salvaged_file_issues(doc, context), path.name, doc)
        raise SpecError(problems) from None
    return build_specs(parsed, path)


def _salvaged_file_issues(doc: dict[str, Any], context: dict[str, Any]) -> list[Issue]:
    """The whole-file rules over the resources valid on their own.

    pydantic runs them only when the whole file is valid; this reports them in the
    same pass as the problems that stopped it.
    """
    raw = doc.get("resources")
    if not isinstance(raw, dict):
        return []
    valid, broken = {}, set()
    for rid, res in raw.items():
        try:
            valid.update(RESOURCES.validate_python({rid: res}, context=context))
        except ValidationError:
            broken.add(str(rid))
    scope, account = doc.get("account_scope"), doc.get("account_resource")
    return list(
        file_issues(
            valid,
            broken,
            scope if isinstance(scope, str) else None,
            account if isinstance(account, str) else None,
        )
    )
