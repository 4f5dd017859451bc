# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""Response models of insights v2, loaded on first access: ``from twilio_async.rest.insights.v2.types import AccountReport``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .inbound import InboundPhoneNumbersReport as InboundPhoneNumbersReport
    from .outbound import OutboundPhoneNumbersReport as OutboundPhoneNumbersReport
    from .reports import AccountReport as AccountReport
    from .reports import CreateReportResponse as CreateReportResponse

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AccountReport": ".reports",
    "CreateReportResponse": ".reports",
    "InboundPhoneNumbersReport": ".inbound",
    "OutboundPhoneNumbersReport": ".outbound",
}
__all__ = [
    "AccountReport",
    "CreateReportResponse",
    "InboundPhoneNumbersReport",
    "OutboundPhoneNumbersReport",
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
