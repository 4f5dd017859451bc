# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationTemplate resources (``templates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
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
    from .types.templates import VerificationTemplate

_TYPES = Models(__package__, ".types.templates")
_MODEL = _TYPES("VerificationTemplate")
_LIST_PATH = "/v2/Templates"
_LIST: Operation[VerificationTemplate] = Operation(
    "templates.list", "GET", _LIST_PATH, body="none", list_key="templates", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))


class VerificationTemplateFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class VerificationTemplateListArgs(VerificationTemplateFilters, ListArgs): ...


class VerificationTemplatePageArgs(VerificationTemplateFilters, PageArgs): ...


class VerificationTemplateList(ListResource):
    """VerificationTemplate collection: ``/v2/Templates``."""

    __slots__ = ()
    list = _LIST.list_method(
        VerificationTemplateListArgs,
        """List VerificationTemplate resources, every page up to ``limit`` items: ``GET /v2/Templates``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VerificationTemplate]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List VerificationTemplate resources, every page up to ``limit`` items: ``GET /v2/Templates``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VerificationTemplate]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        VerificationTemplateListArgs,
        """Stream VerificationTemplate resources, one page in memory at a time: ``GET /v2/Templates``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VerificationTemplate.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream VerificationTemplate resources, one page in memory at a time: ``GET /v2/Templates``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VerificationTemplate.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        VerificationTemplatePageArgs,
        """One page of VerificationTemplate resources (``next_page()`` moves on): ``GET /v2/Templates``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VerificationTemplate]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of VerificationTemplate resources (``next_page()`` moves on): ``GET /v2/Templates``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VerificationTemplate]

    Twilio docs: https://www.twilio.com/docs/verify
    """
