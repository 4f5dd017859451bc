# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Usage resources (``accounts.usage``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .accounts_usage_records import UsageRecordList
    from .accounts_usage_triggers import UsageTriggerList


class UsageList(ListResource):
    """Usage collection: ``/2010-04-01/Accounts/{AccountSid}/Usage.json``."""

    __slots__ = ()
    records: Child[UsageRecordList] = Child(".accounts_usage_records", "UsageRecordList")
    triggers: Child[UsageTriggerList] = Child(".accounts_usage_triggers", "UsageTriggerList")
