# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""InstalledAddOn resources (``installed_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
    Child,
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
    from .installed_add_ons_extensions import InstalledAddOnExtensionList
    from .types.installed_add_ons import InstalledAddOn

_TYPES = Models(__package__, ".types.installed_add_ons")
_MODEL = _TYPES("InstalledAddOn")
_LIST_PATH = "/marketplace/InstalledAddOns"
_INSTANCE_PATH = "/marketplace/InstalledAddOns/{0}"
_CREATE: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("available_add_on_sid", "AvailableAddOnSid", FORM, "string", required=True),
    P("accept_terms_of_service", "AcceptTermsOfService", FORM, "boolean", required=True),
    P("configuration", "Configuration", FORM, "object"),
    P("unique_name", "UniqueName", FORM, "string"),
)
_LIST: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="installed_add_ons",
    model=_MODEL,
)
_FETCH: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[InstalledAddOn] = Operation(
    "installed_add_ons.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("configuration", "Configuration", FORM, "object"),
    P("unique_name", "UniqueName", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "installed_add_ons.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class InstalledAddOnCreateArgs(Args):
    available_add_on_sid: str
    accept_terms_of_service: bool
    configuration: Any | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN


class InstalledAddOnUpdateArgs(Args):
    configuration: Any | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN


class InstalledAddOnContext(InstanceContext):
    """One InstalledAddOn: ``/marketplace/InstalledAddOns/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this InstalledAddOn: ``GET /marketplace/InstalledAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this InstalledAddOn: ``GET /marketplace/InstalledAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    update = _UPDATE.call_method(
        InstalledAddOnUpdateArgs,
        """Update this InstalledAddOn: ``POST /marketplace/InstalledAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration (Any): ``Configuration``; object; optional.
        unique_name (str): ``UniqueName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Update this InstalledAddOn: ``POST /marketplace/InstalledAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        configuration (Any): ``Configuration``; object; optional.
        unique_name (str): ``UniqueName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this InstalledAddOn: ``DELETE /marketplace/InstalledAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this InstalledAddOn: ``DELETE /marketplace/InstalledAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    extensions: Child[InstalledAddOnExtensionList] = Child(
        ".installed_add_ons_extensions", "InstalledAddOnExtensionList"
    )


class InstalledAddOnList(KeyedList[InstalledAddOnContext]):
    """InstalledAddOn collection: ``/marketplace/InstalledAddOns``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InstalledAddOnCreateArgs,
        """Create a InstalledAddOn: ``POST /marketplace/InstalledAddOns``.

    Parameters are sent in the form body unless noted.

    Args:
        available_add_on_sid (str): ``AvailableAddOnSid``; string; matching ``^XB[0-9a-fA-F]{32}$``; required.
        accept_terms_of_service (bool): ``AcceptTermsOfService``; boolean; required.
        configuration (Any): ``Configuration``; object; optional.
        unique_name (str): ``UniqueName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a InstalledAddOn: ``POST /marketplace/InstalledAddOns``.

    Parameters are sent in the form body unless noted.

    Args:
        available_add_on_sid (str): ``AvailableAddOnSid``; string; matching ``^XB[0-9a-fA-F]{32}$``; required.
        accept_terms_of_service (bool): ``AcceptTermsOfService``; boolean; required.
        configuration (Any): ``Configuration``; object; optional.
        unique_name (str): ``UniqueName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InstalledAddOn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    list = _LIST.list_method(
        ListArgs,
        """List InstalledAddOn resources, every page up to ``limit`` items: ``GET /marketplace/InstalledAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InstalledAddOn]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List InstalledAddOn resources, every page up to ``limit`` items: ``GET /marketplace/InstalledAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InstalledAddOn]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream InstalledAddOn resources, one page in memory at a time: ``GET /marketplace/InstalledAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InstalledAddOn.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream InstalledAddOn resources, one page in memory at a time: ``GET /marketplace/InstalledAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InstalledAddOn.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of InstalledAddOn resources (``next_page()`` moves on): ``GET /marketplace/InstalledAddOns``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InstalledAddOn]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of InstalledAddOn resources (``next_page()`` moves on): ``GET /marketplace/InstalledAddOns``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InstalledAddOn]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
