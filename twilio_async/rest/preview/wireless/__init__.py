# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""preview wireless: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .commands import CommandList
    from .rate_plans import RatePlanList
    from .sims import SimList


class Wireless(Version):
    """``preview`` wireless (json-v1)."""

    domain = "preview"
    dialect_name = "json-v1"
    commands: Root[CommandList] = Root(".commands", "CommandList")
    rate_plans: Root[RatePlanList] = Root(".rate_plans", "RatePlanList")
    sims: Root[SimList] = Root(".sims", "SimList")
