# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Usage resources (``sims.usage``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.sims_usage import Usage

_TYPES = Models(__package__, ".types.sims_usage")
_MODEL = _TYPES("Usage")
_INSTANCE_PATH = "/wireless/Sims/{0}/Usage"
_FETCH: Operation[Usage] = Operation(
    "usage.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("end", "End", QUERY, "string"), P("start", "Start", QUERY, "string"))


class UsageFetchArgs(Args):
    end: str | NotGiven = NOT_GIVEN
    start: str | NotGiven = NOT_GIVEN


class UsageContext(InstanceContext):
    """One Usage: ``/wireless/Sims/{SimSid}/Usage``."""

    __slots__ = ()
    fetch = _FETCH.call_method(UsageFetchArgs)
    """Fetch this Usage: ``GET /wireless/Sims/{SimSid}/Usage``."""


class UsageList(SingletonList[UsageContext]):
    """Usage collection."""

    __slots__ = ()
