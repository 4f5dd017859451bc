# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""numbers v3: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .hosted_number_orders import HostedNumberOrderList


class V3(Version):
    """``numbers`` v3 (json-v1)."""

    domain = "numbers"
    dialect_name = "json-v1"
    hosted_number_orders: Root[HostedNumberOrderList] = Root(
        ".hosted_number_orders", "HostedNumberOrderList"
    )
