# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""Response models of bulkexports v1, loaded on first access: ``from twilio_async.rest.bulkexports.v1.types import DayInstance``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .export_configuration import ExportConfiguration as ExportConfiguration
    from .exports import Export as Export
    from .exports_days import DayInstance as DayInstance
    from .exports_export_custom_jobs import ExportCustomJob as ExportCustomJob
    from .exports_jobs import Job as Job

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "DayInstance": ".exports_days",
    "Export": ".exports",
    "ExportConfiguration": ".export_configuration",
    "ExportCustomJob": ".exports_export_custom_jobs",
    "Job": ".exports_jobs",
}
__all__ = [
    "DayInstance",
    "Export",
    "ExportConfiguration",
    "ExportCustomJob",
    "Job",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
