# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""insights v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .inbound import InboundPhoneNumbersReportList
    from .outbound import OutboundPhoneNumbersReportList
    from .reports import AccountReportList


class V2(Version):
    """``insights`` v2 (json-v1)."""

    domain = "insights"
    dialect_name = "json-v1"
    inbound: Root[InboundPhoneNumbersReportList] = Root(".inbound", "InboundPhoneNumbersReportList")
    outbound: Root[OutboundPhoneNumbersReportList] = Root(
        ".outbound", "OutboundPhoneNumbersReportList"
    )
    reports: Root[AccountReportList] = Root(".reports", "AccountReportList")
