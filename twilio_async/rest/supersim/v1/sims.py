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
    fetch = _FETCH.call_method(Args)
    """Fetch this Sim: ``GET /v1/Sims/{Sid}``."""
    update = _UPDATE.call_method(SimUpdateArgs)
    """Update this Sim: ``POST /v1/Sims/{Sid}``."""
    billing_periods: Child[BillingPeriodList] = Child(".sims_billing_periods", "BillingPeriodList")
    sim_ip_addresses: Child[SimIpAddressList] = Child(".sims_sim_ip_addresses", "SimIpAddressList")


class SimList(KeyedList[SimContext]):
    """Sim collection: ``/v1/Sims``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(SimCreateArgs)
    """Create a Sim: ``POST /v1/Sims``."""
    list = _LIST.list_method(SimListArgs)
    """List Sim resources: ``GET /v1/Sims``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SimListArgs)
    """Stream Sim resources: ``GET /v1/Sims``; one page in memory at a time."""
    page = _LIST.page_method(SimPageArgs)
    """One page of Sim resources: ``GET /v1/Sims``; ``next_page()`` moves on."""
