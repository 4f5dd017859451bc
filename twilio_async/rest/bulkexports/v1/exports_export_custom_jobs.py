# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""ExportCustomJob resources (``exports.export_custom_jobs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.exports_export_custom_jobs import ExportCustomJob

_TYPES = Models(__package__, ".types.exports_export_custom_jobs")
_MODEL = _TYPES("ExportCustomJob")
_LIST_PATH = "/v1/Exports/{0}/Jobs"
_CREATE: Operation[ExportCustomJob] = Operation(
    "export_custom_jobs.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("start_day", "StartDay", FORM, "string", required=True),
    P("end_day", "EndDay", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("webhook_method", "WebhookMethod", FORM, "string"),
    P("email", "Email", FORM, "string"),
)
_LIST: Operation[ExportCustomJob] = Operation(
    "export_custom_jobs.list", "GET", _LIST_PATH, body="none", list_key="jobs", model=_MODEL
)


class ExportCustomJobCreateArgs(Args):
    start_day: str
    end_day: str
    friendly_name: str
    webhook_url: str | NotGiven = NOT_GIVEN
    webhook_method: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN


class ExportCustomJobList(ListResource):
    """ExportCustomJob collection: ``/v1/Exports/{ResourceType}/Jobs``."""

    __slots__ = ()
    create = _CREATE.call_method(
        ExportCustomJobCreateArgs,
        """Create a ExportCustomJob: ``POST /v1/Exports/{ResourceType}/Jobs``.

    Parameters are sent in the form body unless noted.

    Args:
        start_day (str): ``StartDay``; string; required.
        end_day (str): ``EndDay``; string; required.
        friendly_name (str): ``FriendlyName``; string; required.
        webhook_url (str): ``WebhookUrl``; string; optional.
        webhook_method (str): ``WebhookMethod``; string; optional.
        email (str): ``Email``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExportCustomJob

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a ExportCustomJob: ``POST /v1/Exports/{ResourceType}/Jobs``.

    Parameters are sent in the form body unless noted.

    Args:
        start_day (str): ``StartDay``; string; required.
        end_day (str): ``EndDay``; string; required.
        friendly_name (str): ``FriendlyName``; string; required.
        webhook_url (str): ``WebhookUrl``; string; optional.
        webhook_method (str): ``WebhookMethod``; string; optional.
        email (str): ``Email``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExportCustomJob

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List ExportCustomJob resources, every page up to ``limit`` items: ``GET /v1/Exports/{ResourceType}/Jobs``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ExportCustomJob]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List ExportCustomJob resources, every page up to ``limit`` items: ``GET /v1/Exports/{ResourceType}/Jobs``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ExportCustomJob]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ExportCustomJob resources, one page in memory at a time: ``GET /v1/Exports/{ResourceType}/Jobs``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ExportCustomJob.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream ExportCustomJob resources, one page in memory at a time: ``GET /v1/Exports/{ResourceType}/Jobs``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ExportCustomJob.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ExportCustomJob resources (``next_page()`` moves on): ``GET /v1/Exports/{ResourceType}/Jobs``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ExportCustomJob]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of ExportCustomJob resources (``next_page()`` moves on): ``GET /v1/Exports/{ResourceType}/Jobs``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ExportCustomJob]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
