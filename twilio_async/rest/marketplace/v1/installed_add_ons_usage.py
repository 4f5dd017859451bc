# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""InstalledAddOnUsage resources (``installed_add_ons.usage``)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.installed_add_ons_usage import InstalledAddOnUsage

_TYPES = Models(__package__, ".types.installed_add_ons_usage")
_MODEL = _TYPES("InstalledAddOnUsage")
_LIST_PATH = "/v1/InstalledAddOns/{0}/Usage"
_CREATE: Operation[InstalledAddOnUsage] = Operation(
    "usage.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("total_submitted", "total_submitted", JSON, "number"),
    P("billable_items", "billable_items", JSON, "object", many=True, required=True),
)


class InstalledAddOnUsageCreateArgs(Args):
    total_submitted: float | Decimal | NotGiven = NOT_GIVEN
    billable_items: Sequence[Any]


class InstalledAddOnUsageList(ListResource):
    """InstalledAddOnUsage collection: ``/v1/InstalledAddOns/{InstalledAddOnSid}/Usage``."""

    __slots__ = ()
    create = _CREATE.call_method(
        InstalledAddOnUsageCreateArgs,
        """Create a InstalledAddOnUsage: ``POST /v1/InstalledAddOns/{InstalledAddOnSid}/Usage``.

    Parameters are sent in the JSON body unless noted.

    Args:
        total_submitted (float | Decimal): ``total_submitted``; number; optional.
        billable_items (Sequence[Any]): ``billable_items``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOnUsage

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Create a InstalledAddOnUsage: ``POST /v1/InstalledAddOns/{InstalledAddOnSid}/Usage``.

    Parameters are sent in the JSON body unless noted.

    Args:
        total_submitted (float | Decimal): ``total_submitted``; number; optional.
        billable_items (Sequence[Any]): ``billable_items``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOnUsage

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
