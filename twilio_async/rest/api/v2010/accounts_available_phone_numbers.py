# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AvailablePhoneNumberCountry resources (``accounts.available_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .accounts_available_phone_numbers_local import AvailablePhoneNumberLocalList
    from .accounts_available_phone_numbers_machine_to_machine import (
        AvailablePhoneNumberMachineToMachineList,
    )
    from .accounts_available_phone_numbers_mobile import AvailablePhoneNumberMobileList
    from .accounts_available_phone_numbers_national import AvailablePhoneNumberNationalList
    from .accounts_available_phone_numbers_shared_cost import AvailablePhoneNumberSharedCostList
    from .accounts_available_phone_numbers_toll_free import AvailablePhoneNumberTollFreeList
    from .accounts_available_phone_numbers_voip import AvailablePhoneNumberVoipList
    from .types.accounts_available_phone_numbers import AvailablePhoneNumberCountry

_TYPES = Models(__package__, ".types.accounts_available_phone_numbers")
_MODEL = _TYPES("AvailablePhoneNumberCountry")
_LIST_PATH = "/2010-04-01/Accounts/{0}/AvailablePhoneNumbers.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/AvailablePhoneNumbers/{1}.json"
_LIST: Operation[AvailablePhoneNumberCountry] = Operation(
    "available_phone_numbers.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="countries",
    model=_MODEL,
)
_FETCH: Operation[AvailablePhoneNumberCountry] = Operation(
    "available_phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AvailablePhoneNumberCountryContext(InstanceContext):
    """One AvailablePhoneNumberCountry: ``/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AvailablePhoneNumberCountry: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json``.

    The instance is addressed by ``{CountryCode}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AvailablePhoneNumberCountry

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this AvailablePhoneNumberCountry: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json``.

    The instance is addressed by ``{CountryCode}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AvailablePhoneNumberCountry

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    local: Child[AvailablePhoneNumberLocalList] = Child(
        ".accounts_available_phone_numbers_local", "AvailablePhoneNumberLocalList"
    )
    machine_to_machine: Child[AvailablePhoneNumberMachineToMachineList] = Child(
        ".accounts_available_phone_numbers_machine_to_machine",
        "AvailablePhoneNumberMachineToMachineList",
    )
    mobile: Child[AvailablePhoneNumberMobileList] = Child(
        ".accounts_available_phone_numbers_mobile", "AvailablePhoneNumberMobileList"
    )
    national: Child[AvailablePhoneNumberNationalList] = Child(
        ".accounts_available_phone_numbers_national", "AvailablePhoneNumberNationalList"
    )
    shared_cost: Child[AvailablePhoneNumberSharedCostList] = Child(
        ".accounts_available_phone_numbers_shared_cost", "AvailablePhoneNumberSharedCostList"
    )
    toll_free: Child[AvailablePhoneNumberTollFreeList] = Child(
        ".accounts_available_phone_numbers_toll_free", "AvailablePhoneNumberTollFreeList"
    )
    voip: Child[AvailablePhoneNumberVoipList] = Child(
        ".accounts_available_phone_numbers_voip", "AvailablePhoneNumberVoipList"
    )


class AvailablePhoneNumberCountryList(KeyedList[AvailablePhoneNumberCountryContext]):
    """AvailablePhoneNumberCountry collection: ``/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``."""

    __slots__ = ()
    _key = ("CountryCode", "country_code", None)
    list = _LIST.list_method(
        ListArgs,
        """List AvailablePhoneNumberCountry resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailablePhoneNumberCountry]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AvailablePhoneNumberCountry resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailablePhoneNumberCountry]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AvailablePhoneNumberCountry resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailablePhoneNumberCountry.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AvailablePhoneNumberCountry resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailablePhoneNumberCountry.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AvailablePhoneNumberCountry resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailablePhoneNumberCountry]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AvailablePhoneNumberCountry resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailablePhoneNumberCountry]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
