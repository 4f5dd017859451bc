# Generated from specs/preview.yaml by `make codegen`; do not edit.
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
    from .sims_usage import UsageList
    from .types.sims import Sim

_TYPES = Models(__package__, ".types.sims")
_MODEL = _TYPES("Sim")
_LIST_PATH = "/wireless/Sims"
_INSTANCE_PATH = "/wireless/Sims/{0}"
_LIST: Operation[Sim] = Operation(
    "sims.list", "GET", _LIST_PATH, body="none", list_key="sims", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("iccid", "Iccid", QUERY, "string"),
    P("rate_plan", "RatePlan", QUERY, "string"),
    P("e_id", "EId", QUERY, "string"),
    P("sim_registration_code", "SimRegistrationCode", QUERY, "string"),
)
_FETCH: Operation[Sim] = Operation("sims.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Sim] = Operation(
    "sims.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("rate_plan", "RatePlan", FORM, "string"),
    P("status", "Status", FORM, "string"),
    P("commands_callback_method", "CommandsCallbackMethod", FORM, "string"),
    P("commands_callback_url", "CommandsCallbackUrl", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("voice_fallback_method", "VoiceFallbackMethod", FORM, "string"),
    P("voice_fallback_url", "VoiceFallbackUrl", FORM, "string"),
    P("voice_method", "VoiceMethod", FORM, "string"),
    P("voice_url", "VoiceUrl", FORM, "string"),
)


class SimFilters(Args):
    status: str | NotGiven = NOT_GIVEN
    iccid: str | NotGiven = NOT_GIVEN
    rate_plan: str | NotGiven = NOT_GIVEN
    e_id: str | NotGiven = NOT_GIVEN
    sim_registration_code: str | NotGiven = NOT_GIVEN


class SimListArgs(SimFilters, ListArgs): ...


class SimPageArgs(SimFilters, PageArgs): ...


class SimUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    callback_method: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    rate_plan: str | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN
    commands_callback_method: str | NotGiven = NOT_GIVEN
    commands_callback_url: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    voice_fallback_method: str | NotGiven = NOT_GIVEN
    voice_fallback_url: str | NotGiven = NOT_GIVEN
    voice_method: str | NotGiven = NOT_GIVEN
    voice_url: str | NotGiven = NOT_GIVEN


class SimContext(InstanceContext):
    """One Sim: ``/wireless/Sims/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Sim: ``GET /wireless/Sims/{Sid}``."""
    update = _UPDATE.call_method(SimUpdateArgs)
    """Update this Sim: ``POST /wireless/Sims/{Sid}``."""
    usage: Child[UsageList] = Child(".sims_usage", "UsageList")


class SimList(KeyedList[SimContext]):
    """Sim collection: ``/wireless/Sims``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(SimListArgs)
    """List Sim resources: ``GET /wireless/Sims``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SimListArgs)
    """Stream Sim resources: ``GET /wireless/Sims``; one page in memory at a time."""
    page = _LIST.page_method(SimPageArgs)
    """One page of Sim resources: ``GET /wireless/Sims``; ``next_page()`` moves on."""
