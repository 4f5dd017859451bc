# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""Policies resources (``policies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.policies import Policies

_TYPES = Models(__package__, ".types.policies")
_MODEL = _TYPES("Policies")
_LIST_PATH = "/v1/Policies"
_INSTANCE_PATH = "/v1/Policies/{0}"
_LIST: Operation[Policies] = Operation(
    "policies.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[Policies] = Operation(
    "policies.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PoliciesContext(InstanceContext):
    """One Policies: ``/v1/Policies/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Policies: ``GET /v1/Policies/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Policies

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Policies: ``GET /v1/Policies/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Policies

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class PoliciesList(KeyedList[PoliciesContext]):
    """Policies collection: ``/v1/Policies``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List Policies resources, every page up to ``limit`` items: ``GET /v1/Policies``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Policies]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Policies resources, every page up to ``limit`` items: ``GET /v1/Policies``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Policies]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Policies resources, one page in memory at a time: ``GET /v1/Policies``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Policies.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Policies resources, one page in memory at a time: ``GET /v1/Policies``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Policies.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Policies resources (``next_page()`` moves on): ``GET /v1/Policies``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Policies]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Policies resources (``next_page()`` moves on): ``GET /v1/Policies``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Policies]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
