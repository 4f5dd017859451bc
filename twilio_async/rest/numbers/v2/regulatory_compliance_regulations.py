# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Regulation resources (``regulatory_compliance.regulations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .enums import RegulationEndUserType
    from .types.regulatory_compliance_regulations import Regulation

_TYPES = Models(__package__, ".types.regulatory_compliance_regulations")
_MODEL = _TYPES("Regulation")
_LIST_PATH = "/v2/RegulatoryCompliance/Regulations"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/Regulations/{0}"
_LIST: Operation[Regulation] = Operation(
    "regulations.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
).with_params(
    P("end_user_type", "EndUserType", QUERY, "string"),
    P("iso_country", "IsoCountry", QUERY, "string"),
    P("number_type", "NumberType", QUERY, "string"),
    P("include_constraints", "IncludeConstraints", QUERY, "boolean"),
)
_FETCH: Operation[Regulation] = Operation(
    "regulations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("include_constraints", "IncludeConstraints", QUERY, "boolean"))


class RegulationFilters(Args):
    end_user_type: RegulationEndUserType | str | NotGiven = NOT_GIVEN
    iso_country: str | NotGiven = NOT_GIVEN
    number_type: str | NotGiven = NOT_GIVEN
    include_constraints: bool | NotGiven = NOT_GIVEN


class RegulationListArgs(RegulationFilters, ListArgs): ...


class RegulationPageArgs(RegulationFilters, PageArgs): ...


class RegulationFetchArgs(Args):
    include_constraints: bool | NotGiven = NOT_GIVEN


class RegulationContext(InstanceContext):
    """One Regulation: ``/v2/RegulatoryCompliance/Regulations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(RegulationFetchArgs)
    """Fetch this Regulation: ``GET /v2/RegulatoryCompliance/Regulations/{Sid}``."""


class RegulationList(KeyedList[RegulationContext]):
    """Regulation collection: ``/v2/RegulatoryCompliance/Regulations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(RegulationListArgs)
    """List Regulation resources: ``GET /v2/RegulatoryCompliance/Regulations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(RegulationListArgs)
    """Stream Regulation resources: ``GET /v2/RegulatoryCompliance/Regulations``; one page in memory at a time."""
    page = _LIST.page_method(RegulationPageArgs)
    """One page of Regulation resources: ``GET /v2/RegulatoryCompliance/Regulations``; ``next_page()`` moves on."""
