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
    list = _LIST.list_method(
        ListArgs,
        """List BillingPeriod resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/BillingPeriods``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[BillingPeriod]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List BillingPeriod resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/BillingPeriods``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[BillingPeriod]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream BillingPeriod resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/BillingPeriods``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of BillingPeriod.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream BillingPeriod resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/BillingPeriods``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of BillingPeriod.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of BillingPeriod resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/BillingPeriods``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[BillingPeriod]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of BillingPeriod resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/BillingPeriods``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[BillingPeriod]

    Twilio docs: https://www.twilio.com/docs/iot
    """
