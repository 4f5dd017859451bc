# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AvailablePhoneNumberSharedCost resources (``accounts.available_phone_numbers.shared_cost``)."""

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
    from .types.accounts_available_phone_numbers_shared_cost import AvailablePhoneNumberSharedCost

_TYPES = Models(__package__, ".types.accounts_available_phone_numbers_shared_cost")
_MODEL = _TYPES("AvailablePhoneNumberSharedCost")
_LIST_PATH = "/2010-04-01/Accounts/{0}/AvailablePhoneNumbers/{1}/SharedCost.json"
_LIST: Operation[AvailablePhoneNumberSharedCost] = Operation(
    "shared_cost.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="available_phone_numbers",
    model=_MODEL,
).with_params(
    P("area_code", "AreaCode", QUERY, "integer"),
    P("contains", "Contains", QUERY, "string"),
    P("sms_enabled", "SmsEnabled", QUERY, "boolean"),
    P("mms_enabled", "MmsEnabled", QUERY, "boolean"),
    P("voice_enabled", "VoiceEnabled", QUERY, "boolean"),
    P("exclude_all_address_required", "ExcludeAllAddressRequired", QUERY, "boolean"),
    P("exclude_local_address_required", "ExcludeLocalAddressRequired", QUERY, "boolean"),
    P("exclude_foreign_address_required", "ExcludeForeignAddressRequired", QUERY, "boolean"),
    P("beta", "Beta", QUERY, "boolean"),
    P("near_number", "NearNumber", QUERY, "string"),
    P("near_lat_long", "NearLatLong", QUERY, "string"),
    P("distance", "Distance", QUERY, "integer"),
    P("in_postal_code", "InPostalCode", QUERY, "string"),
    P("in_region", "InRegion", QUERY, "string"),
    P("in_rate_center", "InRateCenter", QUERY, "string"),
    P("in_lata", "InLata", QUERY, "string"),
    P("in_locality", "InLocality", QUERY, "string"),
    P("fax_enabled", "FaxEnabled", QUERY, "boolean"),
)


class AvailablePhoneNumberSharedCostFilters(Args):
    area_code: int | NotGiven = NOT_GIVEN
    contains: str | NotGiven = NOT_GIVEN
    sms_enabled: bool | NotGiven = NOT_GIVEN
    mms_enabled: bool | NotGiven = NOT_GIVEN
    voice_enabled: bool | NotGiven = NOT_GIVEN
    exclude_all_address_required: bool | NotGiven = NOT_GIVEN
    exclude_local_address_required: bool | NotGiven = NOT_GIVEN
    exclude_foreign_address_required: bool | NotGiven = NOT_GIVEN
    beta: bool | NotGiven = NOT_GIVEN
    near_number: str | NotGiven = NOT_GIVEN
    near_lat_long: str | NotGiven = NOT_GIVEN
    distance: int | NotGiven = NOT_GIVEN
    in_postal_code: str | NotGiven = NOT_GIVEN
    in_region: str | NotGiven = NOT_GIVEN
    in_rate_center: str | NotGiven = NOT_GIVEN
    in_lata: str | NotGiven = NOT_GIVEN
    in_locality: str | NotGiven = NOT_GIVEN
    fax_enabled: bool | NotGiven = NOT_GIVEN


class AvailablePhoneNumberSharedCostListArgs(AvailablePhoneNumberSharedCostFilters, ListArgs): ...


class AvailablePhoneNumberSharedCostPageArgs(AvailablePhoneNumberSharedCostFilters, PageArgs): ...


class AvailablePhoneNumberSharedCostList(ListResource):
    """AvailablePhoneNumberSharedCost collection: ``/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``."""

    __slots__ = ()
    list = _LIST.list_method(
        AvailablePhoneNumberSharedCostListArgs,
        """List AvailablePhoneNumberSharedCost resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``.

    Parameters are sent in the query string unless noted.

    Args:
        area_code (int): ``AreaCode``; integer; optional.
        contains (str): ``Contains``; string; optional.
        sms_enabled (bool): ``SmsEnabled``; boolean; optional.
        mms_enabled (bool): ``MmsEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        exclude_all_address_required (bool): ``ExcludeAllAddressRequired``; boolean; optional.
        exclude_local_address_required (bool): ``ExcludeLocalAddressRequired``; boolean; optional.
        exclude_foreign_address_required (bool): ``ExcludeForeignAddressRequired``; boolean; optional.
        beta (bool): ``Beta``; boolean; optional.
        near_number (str): ``NearNumber``; phone-number; optional.
        near_lat_long (str): ``NearLatLong``; string; optional.
        distance (int): ``Distance``; integer; optional.
        in_postal_code (str): ``InPostalCode``; string; optional.
        in_region (str): ``InRegion``; string; optional.
        in_rate_center (str): ``InRateCenter``; string; optional.
        in_lata (str): ``InLata``; string; optional.
        in_locality (str): ``InLocality``; string; optional.
        fax_enabled (bool): ``FaxEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailablePhoneNumberSharedCost]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List AvailablePhoneNumberSharedCost resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``.

    Parameters are sent in the query string unless noted.

    Args:
        area_code (int): ``AreaCode``; integer; optional.
        contains (str): ``Contains``; string; optional.
        sms_enabled (bool): ``SmsEnabled``; boolean; optional.
        mms_enabled (bool): ``MmsEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        exclude_all_address_required (bool): ``ExcludeAllAddressRequired``; boolean; optional.
        exclude_local_address_required (bool): ``ExcludeLocalAddressRequired``; boolean; optional.
        exclude_foreign_address_required (bool): ``ExcludeForeignAddressRequired``; boolean; optional.
        beta (bool): ``Beta``; boolean; optional.
        near_number (str): ``NearNumber``; phone-number; optional.
        near_lat_long (str): ``NearLatLong``; string; optional.
        distance (int): ``Distance``; integer; optional.
        in_postal_code (str): ``InPostalCode``; string; optional.
        in_region (str): ``InRegion``; string; optional.
        in_rate_center (str): ``InRateCenter``; string; optional.
        in_lata (str): ``InLata``; string; optional.
        in_locality (str): ``InLocality``; string; optional.
        fax_enabled (bool): ``FaxEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailablePhoneNumberSharedCost]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        AvailablePhoneNumberSharedCostListArgs,
        """Stream AvailablePhoneNumberSharedCost resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``.

    Parameters are sent in the query string unless noted.

    Args:
        area_code (int): ``AreaCode``; integer; optional.
        contains (str): ``Contains``; string; optional.
        sms_enabled (bool): ``SmsEnabled``; boolean; optional.
        mms_enabled (bool): ``MmsEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        exclude_all_address_required (bool): ``ExcludeAllAddressRequired``; boolean; optional.
        exclude_local_address_required (bool): ``ExcludeLocalAddressRequired``; boolean; optional.
        exclude_foreign_address_required (bool): ``ExcludeForeignAddressRequired``; boolean; optional.
        beta (bool): ``Beta``; boolean; optional.
        near_number (str): ``NearNumber``; phone-number; optional.
        near_lat_long (str): ``NearLatLong``; string; optional.
        distance (int): ``Distance``; integer; optional.
        in_postal_code (str): ``InPostalCode``; string; optional.
        in_region (str): ``InRegion``; string; optional.
        in_rate_center (str): ``InRateCenter``; string; optional.
        in_lata (str): ``InLata``; string; optional.
        in_locality (str): ``InLocality``; string; optional.
        fax_enabled (bool): ``FaxEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailablePhoneNumberSharedCost.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream AvailablePhoneNumberSharedCost resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``.

    Parameters are sent in the query string unless noted.

    Args:
        area_code (int): ``AreaCode``; integer; optional.
        contains (str): ``Contains``; string; optional.
        sms_enabled (bool): ``SmsEnabled``; boolean; optional.
        mms_enabled (bool): ``MmsEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        exclude_all_address_required (bool): ``ExcludeAllAddressRequired``; boolean; optional.
        exclude_local_address_required (bool): ``ExcludeLocalAddressRequired``; boolean; optional.
        exclude_foreign_address_required (bool): ``ExcludeForeignAddressRequired``; boolean; optional.
        beta (bool): ``Beta``; boolean; optional.
        near_number (str): ``NearNumber``; phone-number; optional.
        near_lat_long (str): ``NearLatLong``; string; optional.
        distance (int): ``Distance``; integer; optional.
        in_postal_code (str): ``InPostalCode``; string; optional.
        in_region (str): ``InRegion``; string; optional.
        in_rate_center (str): ``InRateCenter``; string; optional.
        in_lata (str): ``InLata``; string; optional.
        in_locality (str): ``InLocality``; string; optional.
        fax_enabled (bool): ``FaxEnabled``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailablePhoneNumberSharedCost.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        AvailablePhoneNumberSharedCostPageArgs,
        """One page of AvailablePhoneNumberSharedCost resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``.

    Parameters are sent in the query string unless noted.

    Args:
        area_code (int): ``AreaCode``; integer; optional.
        contains (str): ``Contains``; string; optional.
        sms_enabled (bool): ``SmsEnabled``; boolean; optional.
        mms_enabled (bool): ``MmsEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        exclude_all_address_required (bool): ``ExcludeAllAddressRequired``; boolean; optional.
        exclude_local_address_required (bool): ``ExcludeLocalAddressRequired``; boolean; optional.
        exclude_foreign_address_required (bool): ``ExcludeForeignAddressRequired``; boolean; optional.
        beta (bool): ``Beta``; boolean; optional.
        near_number (str): ``NearNumber``; phone-number; optional.
        near_lat_long (str): ``NearLatLong``; string; optional.
        distance (int): ``Distance``; integer; optional.
        in_postal_code (str): ``InPostalCode``; string; optional.
        in_region (str): ``InRegion``; string; optional.
        in_rate_center (str): ``InRateCenter``; string; optional.
        in_lata (str): ``InLata``; string; optional.
        in_locality (str): ``InLocality``; string; optional.
        fax_enabled (bool): ``FaxEnabled``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailablePhoneNumberSharedCost]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of AvailablePhoneNumberSharedCost resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json``.

    Parameters are sent in the query string unless noted.

    Args:
        area_code (int): ``AreaCode``; integer; optional.
        contains (str): ``Contains``; string; optional.
        sms_enabled (bool): ``SmsEnabled``; boolean; optional.
        mms_enabled (bool): ``MmsEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        exclude_all_address_required (bool): ``ExcludeAllAddressRequired``; boolean; optional.
        exclude_local_address_required (bool): ``ExcludeLocalAddressRequired``; boolean; optional.
        exclude_foreign_address_required (bool): ``ExcludeForeignAddressRequired``; boolean; optional.
        beta (bool): ``Beta``; boolean; optional.
        near_number (str): ``NearNumber``; phone-number; optional.
        near_lat_long (str): ``NearLatLong``; string; optional.
        distance (int): ``Distance``; integer; optional.
        in_postal_code (str): ``InPostalCode``; string; optional.
        in_region (str): ``InRegion``; string; optional.
        in_rate_center (str): ``InRateCenter``; string; optional.
        in_lata (str): ``InLata``; string; optional.
        in_locality (str): ``InLocality``; string; optional.
        fax_enabled (bool): ``FaxEnabled``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailablePhoneNumberSharedCost]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
