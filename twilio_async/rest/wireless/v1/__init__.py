# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""wireless v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .commands import CommandList
    from .rate_plans import RatePlanList
    from .sims import SimList
    from .usage_records import AccountUsageRecordList


class V1(Version):
    """``wireless`` v1 (json-v1)."""

    domain = "wireless"
    dialect_name = "json-v1"
    commands: Root[CommandList] = Root(".commands", "CommandList")
    rate_plans: Root[RatePlanList] = Root(".rate_plans", "RatePlanList")
    sims: Root[SimList] = Root(".sims", "SimList")
    usage_records: Root[AccountUsageRecordList] = Root(".usage_records", "AccountUsageRecordList")
