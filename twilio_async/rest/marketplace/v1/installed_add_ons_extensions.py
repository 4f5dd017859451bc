# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""InstalledAddOnExtension resources (``installed_add_ons.extensions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.installed_add_ons_extensions import InstalledAddOnExtension

_TYPES = Models(__package__, ".types.installed_add_ons_extensions")
_MODEL = _TYPES("InstalledAddOnExtension")
_LIST_PATH = "/v1/InstalledAddOns/{0}/Extensions"
_INSTANCE_PATH = "/v1/InstalledAddOns/{0}/Extensions/{1}"
_LIST: Operation[InstalledAddOnExtension] = Operation(
    "extensions.list", "GET", _LIST_PATH, body="none", list_key="extensions", model=_MODEL
)
_FETCH: Operation[InstalledAddOnExtension] = Operation(
    "extensions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[InstalledAddOnExtension] = Operation(
    "extensions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("enabled", "Enabled", FORM, "boolean", required=True))


class InstalledAddOnExtensionUpdateArgs(Args):
    enabled: bool


class InstalledAddOnExtensionContext(InstanceContext):
    """One InstalledAddOnExtension: ``/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this InstalledAddOnExtension: ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOnExtension

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Fetch this InstalledAddOnExtension: ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOnExtension

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    update = _UPDATE.call_method(
        InstalledAddOnExtensionUpdateArgs,
        """Update this InstalledAddOnExtension: ``POST /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOnExtension

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Update this InstalledAddOnExtension: ``POST /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOnExtension

    Twilio docs: https://www.twilio.com/docs/marketplace
    """


class InstalledAddOnExtensionList(KeyedList[InstalledAddOnExtensionContext]):
    """InstalledAddOnExtension collection: ``/v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List InstalledAddOnExtension resources, every page up to ``limit`` items: ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InstalledAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """List InstalledAddOnExtension resources, every page up to ``limit`` items: ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InstalledAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream InstalledAddOnExtension resources, one page in memory at a time: ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InstalledAddOnExtension.

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Stream InstalledAddOnExtension resources, one page in memory at a time: ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InstalledAddOnExtension.

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of InstalledAddOnExtension resources (``next_page()`` moves on): ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InstalledAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """One page of InstalledAddOnExtension resources (``next_page()`` moves on): ``GET /v1/InstalledAddOns/{InstalledAddOnSid}/Extensions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InstalledAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
