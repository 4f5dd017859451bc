# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""DependentPhoneNumber resources (``accounts.addresses.dependent_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.accounts_addresses_dependent_phone_numbers import DependentPhoneNumber

_TYPES = Models(__package__, ".types.accounts_addresses_dependent_phone_numbers")
_MODEL = _TYPES("DependentPhoneNumber")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Addresses/{1}/DependentPhoneNumbers.json"
_LIST: Operation[DependentPhoneNumber] = Operation(
    "dependent_phone_numbers.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="dependent_phone_numbers",
    model=_MODEL,
)


class DependentPhoneNumberList(ListResource):
    """DependentPhoneNumber collection: ``/2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List DependentPhoneNumber resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DependentPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List DependentPhoneNumber resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DependentPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream DependentPhoneNumber resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DependentPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream DependentPhoneNumber resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DependentPhoneNumber.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of DependentPhoneNumber resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DependentPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of DependentPhoneNumber resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DependentPhoneNumber]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
