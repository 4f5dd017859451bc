# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""RatePlan resources (``rate_plans``)."""

from __future__ import annotations

from collections.abc import Sequence
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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.rate_plans import RatePlan

_TYPES = Models(__package__, ".types.rate_plans")
_MODEL = _TYPES("RatePlan")
_LIST_PATH = "/wireless/RatePlans"
_INSTANCE_PATH = "/wireless/RatePlans/{0}"
_CREATE: Operation[RatePlan] = Operation(
    "rate_plans.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("data_enabled", "DataEnabled", FORM, "boolean"),
    P("data_limit", "DataLimit", FORM, "integer"),
    P("data_metering", "DataMetering", FORM, "string"),
    P("messaging_enabled", "MessagingEnabled", FORM, "boolean"),
    P("voice_enabled", "VoiceEnabled", FORM, "boolean"),
    P("commands_enabled", "CommandsEnabled", FORM, "boolean"),
    P("national_roaming_enabled", "NationalRoamingEnabled", FORM, "boolean"),
    P("international_roaming", "InternationalRoaming", FORM, "string", many=True),
)
_LIST: Operation[RatePlan] = Operation(
    "rate_plans.list", "GET", _LIST_PATH, body="none", list_key="rate_plans", model=_MODEL
)
_FETCH: Operation[RatePlan] = Operation(
    "rate_plans.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RatePlan] = Operation(
    "rate_plans.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)
_DELETE: Operation[None] = Operation("rate_plans.delete", "DELETE", _INSTANCE_PATH, body="none")


class RatePlanCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    data_enabled: bool | NotGiven = NOT_GIVEN
    data_limit: int | NotGiven = NOT_GIVEN
    data_metering: str | NotGiven = NOT_GIVEN
    messaging_enabled: bool | NotGiven = NOT_GIVEN
    voice_enabled: bool | NotGiven = NOT_GIVEN
    commands_enabled: bool | NotGiven = NOT_GIVEN
    national_roaming_enabled: bool | NotGiven = NOT_GIVEN
    international_roaming: Sequence[str] | NotGiven = NOT_GIVEN


class RatePlanUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class RatePlanContext(InstanceContext):
    """One RatePlan: ``/wireless/RatePlans/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this RatePlan: ``GET /wireless/RatePlans/{Sid}``."""
    update = _UPDATE.call_method(RatePlanUpdateArgs)
    """Update this RatePlan: ``POST /wireless/RatePlans/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this RatePlan: ``DELETE /wireless/RatePlans/{Sid}``; returns True."""


class RatePlanList(KeyedList[RatePlanContext]):
    """RatePlan collection: ``/wireless/RatePlans``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(RatePlanCreateArgs)
    """Create a RatePlan: ``POST /wireless/RatePlans``."""
    list = _LIST.list_method(ListArgs)
    """List RatePlan resources: ``GET /wireless/RatePlans``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream RatePlan resources: ``GET /wireless/RatePlans``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of RatePlan resources: ``GET /wireless/RatePlans``; ``next_page()`` moves on."""
