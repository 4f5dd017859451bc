# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageRecordAllTime models (``accounts.usage.records.all_time``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from twilio_async._fields import WireDecimal
from twilio_async._models import TwilioModel


class UsageRecordAllTime(TwilioModel):
    """A UsageRecordAllTime as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    as_of: str | None = None
    category: str | None = None
    count: str | None = None
    count_unit: str | None = None
    description: str | None = None
    end_date: date | None = None
    price: WireDecimal | None = None
    price_unit: str | None = None
    start_date: date | None = None
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None
    usage: str | None = None
    usage_unit: str | None = None
