# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""VoiceCountryInstance resources (``voice.countries``)."""

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
    from .types.voice_countries import VoiceCountryInstance

_TYPES = Models(__package__, ".types.voice_countries")
_MODEL = _TYPES("VoiceCountryInstance")
_LIST_PATH = "/v1/Voice/Countries"
_INSTANCE_PATH = "/v1/Voice/Countries/{0}"
_LIST: Operation[VoiceCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[VoiceCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VoiceCountryInstanceContext(InstanceContext):
    """One VoiceCountryInstance: ``/v1/Voice/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this VoiceCountryInstance: ``GET /v1/Voice/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VoiceCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this VoiceCountryInstance: ``GET /v1/Voice/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VoiceCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class VoiceCountryInstanceList(KeyedList[VoiceCountryInstanceContext]):
    """VoiceCountryInstance collection: ``/v1/Voice/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(
        ListArgs,
        """List VoiceCountryInstance resources, every page up to ``limit`` items: ``GET /v1/Voice/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VoiceCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List VoiceCountryInstance resources, every page up to ``limit`` items: ``GET /v1/Voice/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VoiceCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream VoiceCountryInstance resources, one page in memory at a time: ``GET /v1/Voice/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VoiceCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream VoiceCountryInstance resources, one page in memory at a time: ``GET /v1/Voice/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VoiceCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of VoiceCountryInstance resources (``next_page()`` moves on): ``GET /v1/Voice/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VoiceCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of VoiceCountryInstance resources (``next_page()`` moves on): ``GET /v1/Voice/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VoiceCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
