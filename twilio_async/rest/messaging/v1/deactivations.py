# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Deactivations resources (``deactivations``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.deactivations import Deactivations

_TYPES = Models(__package__, ".types.deactivations")
_MODEL = _TYPES("Deactivations")
_INSTANCE_PATH = "/v1/Deactivations"
_FETCH: Operation[Deactivations] = Operation(
    "deactivations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("date", "Date", QUERY, "date"))


class DeactivationsFetchArgs(Args):
    date: date | str | NotGiven = NOT_GIVEN


class DeactivationsContext(InstanceContext):
    """One Deactivations: ``/v1/Deactivations``."""

    __slots__ = ()
    fetch = _FETCH.call_method(DeactivationsFetchArgs)
    """Fetch this Deactivations: ``GET /v1/Deactivations``."""


class DeactivationsList(SingletonList[DeactivationsContext]):
    """Deactivations collection."""

    __slots__ = ()
