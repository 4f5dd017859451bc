# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Fleet resources (``fleets``)."""

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
    from .types.fleets import Fleet

_TYPES = Models(__package__, ".types.fleets")
_MODEL = _TYPES("Fleet")
_LIST_PATH = "/v1/Fleets"
_INSTANCE_PATH = "/v1/Fleets/{0}"
_CREATE: Operation[Fleet] = Operation(
    "fleets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("network_access_profile", "NetworkAccessProfile", FORM, "string", required=True),
    P("unique_name", "UniqueName", FORM, "string"),
    P("data_enabled", "DataEnabled", FORM, "boolean"),
    P("data_limit", "DataLimit", FORM, "integer"),
    P("ip_commands_url", "IpCommandsUrl", FORM, "string"),
    P("ip_commands_method", "IpCommandsMethod", FORM, "string"),
    P("sms_commands_enabled", "SmsCommandsEnabled", FORM, "boolean"),
    P("sms_commands_url", "SmsCommandsUrl", FORM, "string"),
    P("sms_commands_method", "SmsCommandsMethod", FORM, "string"),
)
_LIST: Operation[Fleet] = Operation(
    "fleets.list", "GET", _LIST_PATH, body="none", list_key="fleets", model=_MODEL
).with_params(P("network_access_profile", "NetworkAccessProfile", QUERY, "string"))
_FETCH: Operation[Fleet] = Operation(
    "fleets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Fleet] = Operation(
    "fleets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("network_access_profile", "NetworkAccessProfile", FORM, "string"),
    P("ip_commands_url", "IpCommandsUrl", FORM, "string"),
    P("ip_commands_method", "IpCommandsMethod", FORM, "string"),
    P("sms_commands_url", "SmsCommandsUrl", FORM, "string"),
    P("sms_commands_method", "SmsCommandsMethod", FORM, "string"),
    P("data_limit", "DataLimit", FORM, "integer"),
)


class FleetCreateArgs(Args):
    network_access_profile: str
    unique_name: str | NotGiven = NOT_GIVEN
    data_enabled: bool | NotGiven = NOT_GIVEN
    data_limit: int | NotGiven = NOT_GIVEN
    ip_commands_url: str | NotGiven = NOT_GIVEN
    ip_commands_method: str | NotGiven = NOT_GIVEN
    sms_commands_enabled: bool | NotGiven = NOT_GIVEN
    sms_commands_url: str | NotGiven = NOT_GIVEN
    sms_commands_method: str | NotGiven = NOT_GIVEN


class FleetFilters(Args):
    network_access_profile: str | NotGiven = NOT_GIVEN


class FleetListArgs(FleetFilters, ListArgs): ...


class FleetPageArgs(FleetFilters, PageArgs): ...


class FleetUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    network_access_profile: str | NotGiven = NOT_GIVEN
    ip_commands_url: str | NotGiven = NOT_GIVEN
    ip_commands_method: str | NotGiven = NOT_GIVEN
    sms_commands_url: str | NotGiven = NOT_GIVEN
    sms_commands_method: str | NotGiven = NOT_GIVEN
    data_limit: int | NotGiven = NOT_GIVEN


class FleetContext(InstanceContext):
    """One Fleet: ``/v1/Fleets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Fleet: ``GET /v1/Fleets/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Fleet

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this Fleet: ``GET /v1/Fleets/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Fleet

    Twilio docs: https://www.twilio.com/docs/iot
    """
    update = _UPDATE.call_method(
        FleetUpdateArgs,
        """Update this Fleet: ``POST /v1/Fleets/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        ip_commands_url (str): ``IpCommandsUrl``; uri; optional.
        ip_commands_method (str): ``IpCommandsMethod``; http-method; optional.
        sms_commands_url (str): ``SmsCommandsUrl``; uri; optional.
        sms_commands_method (str): ``SmsCommandsMethod``; http-method; optional.
        data_limit (int): ``DataLimit``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Fleet

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Update this Fleet: ``POST /v1/Fleets/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        ip_commands_url (str): ``IpCommandsUrl``; uri; optional.
        ip_commands_method (str): ``IpCommandsMethod``; http-method; optional.
        sms_commands_url (str): ``SmsCommandsUrl``; uri; optional.
        sms_commands_method (str): ``SmsCommandsMethod``; http-method; optional.
        data_limit (int): ``DataLimit``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Fleet

    Twilio docs: https://www.twilio.com/docs/iot
    """


class FleetList(KeyedList[FleetContext]):
    """Fleet collection: ``/v1/Fleets``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        FleetCreateArgs,
        """Create a Fleet: ``POST /v1/Fleets``.

    Parameters are sent in the form body unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; required.
        unique_name (str): ``UniqueName``; string; optional.
        data_enabled (bool): ``DataEnabled``; boolean; optional.
        data_limit (int): ``DataLimit``; integer; optional.
        ip_commands_url (str): ``IpCommandsUrl``; uri; optional.
        ip_commands_method (str): ``IpCommandsMethod``; http-method; optional.
        sms_commands_enabled (bool): ``SmsCommandsEnabled``; boolean; optional.
        sms_commands_url (str): ``SmsCommandsUrl``; uri; optional.
        sms_commands_method (str): ``SmsCommandsMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Fleet

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a Fleet: ``POST /v1/Fleets``.

    Parameters are sent in the form body unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; required.
        unique_name (str): ``UniqueName``; string; optional.
        data_enabled (bool): ``DataEnabled``; boolean; optional.
        data_limit (int): ``DataLimit``; integer; optional.
        ip_commands_url (str): ``IpCommandsUrl``; uri; optional.
        ip_commands_method (str): ``IpCommandsMethod``; http-method; optional.
        sms_commands_enabled (bool): ``SmsCommandsEnabled``; boolean; optional.
        sms_commands_url (str): ``SmsCommandsUrl``; uri; optional.
        sms_commands_method (str): ``SmsCommandsMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Fleet

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        FleetListArgs,
        """List Fleet resources, every page up to ``limit`` items: ``GET /v1/Fleets``.

    Parameters are sent in the query string unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Fleet]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List Fleet resources, every page up to ``limit`` items: ``GET /v1/Fleets``.

    Parameters are sent in the query string unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Fleet]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        FleetListArgs,
        """Stream Fleet resources, one page in memory at a time: ``GET /v1/Fleets``.

    Parameters are sent in the query string unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Fleet.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream Fleet resources, one page in memory at a time: ``GET /v1/Fleets``.

    Parameters are sent in the query string unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Fleet.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        FleetPageArgs,
        """One page of Fleet resources (``next_page()`` moves on): ``GET /v1/Fleets``.

    Parameters are sent in the query string unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Fleet]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of Fleet resources (``next_page()`` moves on): ``GET /v1/Fleets``.

    Parameters are sent in the query string unless noted.

    Args:
        network_access_profile (str): ``NetworkAccessProfile``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Fleet]

    Twilio docs: https://www.twilio.com/docs/iot
    """
