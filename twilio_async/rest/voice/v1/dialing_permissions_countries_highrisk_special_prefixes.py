# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsHrsPrefixes resources (``dialing_permissions.countries.highrisk_special_prefixes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.dialing_permissions_countries_highrisk_special_prefixes import (
        DialingPermissionsHrsPrefixes,
    )

_TYPES = Models(__package__, ".types.dialing_permissions_countries_highrisk_special_prefixes")
_MODEL = _TYPES("DialingPermissionsHrsPrefixes")
_LIST_PATH = "/v1/DialingPermissions/Countries/{0}/HighRiskSpecialPrefixes"
_LIST: Operation[DialingPermissionsHrsPrefixes] = Operation(
    "highrisk_special_prefixes.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="content",
    model=_MODEL,
)


class DialingPermissionsHrsPrefixesList(ListResource):
    """DialingPermissionsHrsPrefixes collection: ``/v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List DialingPermissionsHrsPrefixes resources, every page up to ``limit`` items: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DialingPermissionsHrsPrefixes]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List DialingPermissionsHrsPrefixes resources, every page up to ``limit`` items: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DialingPermissionsHrsPrefixes]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream DialingPermissionsHrsPrefixes resources, one page in memory at a time: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DialingPermissionsHrsPrefixes.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream DialingPermissionsHrsPrefixes resources, one page in memory at a time: ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DialingPermissionsHrsPrefixes.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of DialingPermissionsHrsPrefixes resources (``next_page()`` moves on): ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DialingPermissionsHrsPrefixes]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of DialingPermissionsHrsPrefixes resources (``next_page()`` moves on): ``GET /v1/DialingPermissions/Countries/{IsoCode}/HighRiskSpecialPrefixes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DialingPermissionsHrsPrefixes]

    Twilio docs: https://www.twilio.com/docs/voice
    """
