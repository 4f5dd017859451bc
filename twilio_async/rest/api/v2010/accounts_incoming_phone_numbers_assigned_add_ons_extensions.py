# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AssignedAddOnExtension resources (``accounts.incoming_phone_numbers.assigned_add_ons.extensions``)."""

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
    from .types.accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
        AssignedAddOnExtension,
    )

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers_assigned_add_ons_extensions")
_MODEL = _TYPES("AssignedAddOnExtension")
_LIST_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}/AssignedAddOns/{2}/Extensions.json"
_INSTANCE_PATH = (
    "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}/AssignedAddOns/{2}/Extensions/{3}.json"
)
_LIST: Operation[AssignedAddOnExtension] = Operation(
    "extensions.list", "GET", _LIST_PATH, body="none", list_key="extensions", model=_MODEL
)
_FETCH: Operation[AssignedAddOnExtension] = Operation(
    "extensions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AssignedAddOnExtensionContext(InstanceContext):
    """One AssignedAddOnExtension: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AssignedAddOnExtension: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssignedAddOnExtension

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AssignedAddOnExtension: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssignedAddOnExtension

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class AssignedAddOnExtensionList(KeyedList[AssignedAddOnExtensionContext]):
    """AssignedAddOnExtension collection: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List AssignedAddOnExtension resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AssignedAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AssignedAddOnExtension resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AssignedAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AssignedAddOnExtension resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AssignedAddOnExtension.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AssignedAddOnExtension resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AssignedAddOnExtension.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AssignedAddOnExtension resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AssignedAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AssignedAddOnExtension resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AssignedAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
