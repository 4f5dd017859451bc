# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandVetting resources (``brand_registrations.brand_vettings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import BrandVettingVettingProvider
    from .types.brand_registrations_brand_vettings import BrandVetting

_TYPES = Models(__package__, ".types.brand_registrations_brand_vettings")
_MODEL = _TYPES("BrandVetting")
_LIST_PATH = "/v1/a2p/BrandRegistrations/{0}/Vettings"
_INSTANCE_PATH = "/v1/a2p/BrandRegistrations/{0}/Vettings/{1}"
_CREATE: Operation[BrandVetting] = Operation(
    "brand_vettings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("vetting_provider", "VettingProvider", FORM, "string", required=True),
    P("vetting_id", "VettingId", FORM, "string"),
)
_LIST: Operation[BrandVetting] = Operation(
    "brand_vettings.list", "GET", _LIST_PATH, body="none", list_key="data", model=_MODEL
).with_params(P("vetting_provider", "VettingProvider", QUERY, "string"))
_FETCH: Operation[BrandVetting] = Operation(
    "brand_vettings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class BrandVettingCreateArgs(Args):
    vetting_provider: BrandVettingVettingProvider | str
    vetting_id: str | NotGiven = NOT_GIVEN


class BrandVettingFilters(Args):
    vetting_provider: BrandVettingVettingProvider | str | NotGiven = NOT_GIVEN


class BrandVettingListArgs(BrandVettingFilters, ListArgs): ...


class BrandVettingPageArgs(BrandVettingFilters, PageArgs): ...


class BrandVettingContext(InstanceContext):
    """One BrandVetting: ``/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this BrandVetting: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}``.

    The instance is addressed by ``{BrandVettingSid}``, matching ``^VT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BrandVetting

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this BrandVetting: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}``.

    The instance is addressed by ``{BrandVettingSid}``, matching ``^VT[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BrandVetting

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class BrandVettingList(KeyedList[BrandVettingContext]):
    """BrandVetting collection: ``/v1/a2p/BrandRegistrations/{BrandSid}/Vettings``."""

    __slots__ = ()
    _key = ("BrandVettingSid", "brand_vetting_sid", "^VT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        BrandVettingCreateArgs,
        """Create a BrandVetting: ``POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the form body unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; required.
        vetting_id (str): ``VettingId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BrandVetting

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a BrandVetting: ``POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the form body unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; required.
        vetting_id (str): ``VettingId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BrandVetting

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        BrandVettingListArgs,
        """List BrandVetting resources, every page up to ``limit`` items: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the query string unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[BrandVetting]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List BrandVetting resources, every page up to ``limit`` items: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the query string unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[BrandVetting]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        BrandVettingListArgs,
        """Stream BrandVetting resources, one page in memory at a time: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the query string unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of BrandVetting.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream BrandVetting resources, one page in memory at a time: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the query string unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of BrandVetting.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        BrandVettingPageArgs,
        """One page of BrandVetting resources (``next_page()`` moves on): ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the query string unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[BrandVetting]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of BrandVetting resources (``next_page()`` moves on): ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``.

    Parameters are sent in the query string unless noted.

    Args:
        vetting_provider (BrandVettingVettingProvider | str): ``VettingProvider``; enum:brand_vetting_vetting_provider; one of ``campaign-verify``, ``aegis``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[BrandVetting]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
