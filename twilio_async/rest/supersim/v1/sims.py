# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Sim resources (``sims``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .enums import SimStatus, SimStatusUpdate
    from .sims_billing_periods import BillingPeriodList
    from .sims_sim_ip_addresses import SimIpAddressList
    from .types.sims import Sim

_TYPES = Models(__package__, ".types.sims")
_MODEL = _TYPES("Sim")
_LIST_PATH = "/v1/Sims"
_INSTANCE_PATH = "/v1/Sims/{0}"
_CREATE: Operation[Sim] = Operation(
    "sims.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("iccid", "Iccid", FORM, "string", required=True),
    P("registration_code", "RegistrationCode", FORM, "string", required=True),
)
_LIST: Operation[Sim] = Operation(
    "sims.list", "GET", _LIST_PATH, body="none", list_key="sims", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("fleet", "Fleet", QUERY, "string"),
    P("iccid", "Iccid", QUERY, "string"),
)
_FETCH: Operation[Sim] = Operation("sims.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Sim] = Operation(
    "sims.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("status", "Status", FORM, "string"),
    P("fleet", "Fleet", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("account_sid", "AccountSid", FORM, "string"),
)


class SimCreateArgs(Args):
    iccid: str
    registration_code: str


class SimFilters(Args):
    status: SimStatus | str | NotGiven = NOT_GIVEN
    fleet: str | NotGiven = NOT_GIVEN
    iccid: str | NotGiven = NOT_GIVEN


class SimListArgs(SimFilters, ListArgs): ...


class SimPageArgs(SimFilters, PageArgs): ...


class SimUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    status: SimStatusUpdate | str | NotGiven = NOT_GIVEN
    fleet: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    callback_method: str | NotGiven = NOT_GIVEN
    account_sid: str | NotGiven = NOT_GIVEN


class SimContext(InstanceContext):
    """One Sim: ``/v1/Sims/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Sim: ``GET /v1/Sims/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sim

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this Sim: ``GET /v1/Sims/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sim

    Twilio docs: https://www.twilio.com/docs/iot
    """
    update = _UPDATE.call_method(
        SimUpdateArgs,
        """Update this Sim: ``POST /v1/Sims/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        status (SimStatusUpdate | str): ``Status``; enum:sim_status_update; one of ``ready``, ``active``, ``inactive``; optional.
        fleet (str): ``Fleet``; string; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        account_sid (str): ``AccountSid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sim

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Update this Sim: ``POST /v1/Sims/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        status (SimStatusUpdate | str): ``Status``; enum:sim_status_update; one of ``ready``, ``active``, ``inactive``; optional.
        fleet (str): ``Fleet``; string; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        account_sid (str): ``AccountSid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sim

    Twilio docs: https://www.twilio.com/docs/iot
    """
    billing_periods: Child[BillingPeriodList] = Child(".sims_billing_periods", "BillingPeriodList")
    sim_ip_addresses: Child[SimIpAddressList] = Child(".sims_sim_ip_addresses", "SimIpAddressList")


class SimList(KeyedList[SimContext]):
    """Sim collection: ``/v1/Sims``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        SimCreateArgs,
        """Create a Sim: ``POST /v1/Sims``.

    Parameters are sent in the form body unless noted.

    Args:
        iccid (str): ``Iccid``; string; required.
        registration_code (str): ``RegistrationCode``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sim

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a Sim: ``POST /v1/Sims``.

    Parameters are sent in the form body unless noted.

    Args:
        iccid (str): ``Iccid``; string; required.
        registration_code (str): ``RegistrationCode``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sim

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        SimListArgs,
        """List Sim resources, every page up to ``limit`` items: ``GET /v1/Sims``.

    Parameters are sent in the query string unless noted.

    Args:
        status (SimStatus | str): ``Status``; enum:sim_status; one of ``new``, ``ready``, ``active``, ``inactive``, ``scheduled``; optional.
        fleet (str): ``Fleet``; string; optional.
        iccid (str): ``Iccid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Sim]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List Sim resources, every page up to ``limit`` items: ``GET /v1/Sims``.

    Parameters are sent in the query string unless noted.

    Args:
        status (SimStatus | str): ``Status``; enum:sim_status; one of ``new``, ``ready``, ``active``, ``inactive``, ``scheduled``; optional.
        fleet (str): ``Fleet``; string; optional.
        iccid (str): ``Iccid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Sim]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        SimListArgs,
        """Stream Sim resources, one page in memory at a time: ``GET /v1/Sims``.

    Parameters are sent in the query string unless noted.

    Args:
        status (SimStatus | str): ``Status``; enum:sim_status; one of ``new``, ``ready``, ``active``, ``inactive``, ``scheduled``; optional.
        fleet (str): ``Fleet``; string; optional.
        iccid (str): ``Iccid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Sim.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream Sim resources, one page in memory at a time: ``GET /v1/Sims``.

    Parameters are sent in the query string unless noted.

    Args:
        status (SimStatus | str): ``Status``; enum:sim_status; one of ``new``, ``ready``, ``active``, ``inactive``, ``scheduled``; optional.
        fleet (str): ``Fleet``; string; optional.
        iccid (str): ``Iccid``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Sim.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        SimPageArgs,
        """One page of Sim resources (``next_page()`` moves on): ``GET /v1/Sims``.

    Parameters are sent in the query string unless noted.

    Args:
        status (SimStatus | str): ``Status``; enum:sim_status; one of ``new``, ``ready``, ``active``, ``inactive``, ``scheduled``; optional.
        fleet (str): ``Fleet``; string; optional.
        iccid (str): ``Iccid``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Sim]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of Sim resources (``next_page()`` moves on): ``GET /v1/Sims``.

    Parameters are sent in the query string unless noted.

    Args:
        status (SimStatus | str): ``Status``; enum:sim_status; one of ``new``, ``ready``, ``active``, ``inactive``, ``scheduled``; optional.
        fleet (str): ``Fleet``; string; optional.
        iccid (str): ``Iccid``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Sim]

    Twilio docs: https://www.twilio.com/docs/iot
    """
