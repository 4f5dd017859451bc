# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Response models of serverless v1, loaded on first access: ``from twilio_async.rest.serverless.v1.types import Asset``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .services import Service as Service
    from .services_assets import Asset as Asset
    from .services_assets_asset_versions import AssetVersion as AssetVersion
    from .services_builds import Build as Build
    from .services_builds_build_status import BuildStatus as BuildStatus
    from .services_environments import Environment as Environment
    from .services_environments_deployments import Deployment as Deployment
    from .services_environments_logs import Log as Log
    from .services_environments_variables import Variable as Variable
    from .services_functions import Function as Function
    from .services_functions_function_versions import FunctionVersion as FunctionVersion
    from .services_functions_function_versions_function_version_content import (
        FunctionVersionContent as FunctionVersionContent,
    )

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Asset": ".services_assets",
    "AssetVersion": ".services_assets_asset_versions",
    "Build": ".services_builds",
    "BuildStatus": ".services_builds_build_status",
    "Deployment": ".services_environments_deployments",
    "Environment": ".services_environments",
    "Function": ".services_functions",
    "FunctionVersion": ".services_functions_function_versions",
    "FunctionVersionContent": ".services_functions_function_versions_function_version_content",
    "Log": ".services_environments_logs",
    "Service": ".services",
    "Variable": ".services_environments_variables",
}
__all__ = [
    "Asset",
    "AssetVersion",
    "Build",
    "BuildStatus",
    "Deployment",
    "Environment",
    "Function",
    "FunctionVersion",
    "FunctionVersionContent",
    "Log",
    "Service",
    "Variable",
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
