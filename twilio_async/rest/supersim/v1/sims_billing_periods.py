# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""BillingPeriod resources (``sims.billing_periods``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sims_billing_periods import BillingPeriod

_TYPES = Models(__package__, ".types.sims_billing_periods")
_MODEL = _TYPES("BillingPeriod")
_LIST_PATH = "/v1/Sims/{0}/BillingPeriods"
_LIST: Operation[BillingPeriod] = Operation(
    "billing_periods.list", "GET", _LIST_PATH, body="none", list_key="billing_periods", model=_MODEL
)


class BillingPeriodList(ListResource):
    """BillingPeriod collection: ``/v1/Sims/{SimSid}/BillingPeriods``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List BillingPeriod resources: ``GET /v1/Sims/{SimSid}/BillingPeriods``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream BillingPeriod resources: ``GET /v1/Sims/{SimSid}/BillingPeriods``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of BillingPeriod resources: ``GET /v1/Sims/{SimSid}/BillingPeriods``; ``next_page()`` moves on."""
