# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DestinationAlphaSender resources (``services.destination_alpha_senders``)."""

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
    from .types.services_destination_alpha_senders import DestinationAlphaSender

_TYPES = Models(__package__, ".types.services_destination_alpha_senders")
_MODEL = _TYPES("DestinationAlphaSender")
_LIST_PATH = "/v1/Services/{0}/DestinationAlphaSenders"
_INSTANCE_PATH = "/v1/Services/{0}/DestinationAlphaSenders/{1}"
_CREATE: Operation[DestinationAlphaSender] = Operation(
    "destination_alpha_senders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("alpha_sender", "AlphaSender", FORM, "string", required=True),
    P("iso_country_code", "IsoCountryCode", FORM, "string"),
)
_LIST: Operation[DestinationAlphaSender] = Operation(
    "destination_alpha_senders.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="alpha_senders",
    model=_MODEL,
).with_params(P("iso_country_code", "IsoCountryCode", QUERY, "string"))
_FETCH: Operation[DestinationAlphaSender] = Operation(
    "destination_alpha_senders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "destination_alpha_senders.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class DestinationAlphaSenderCreateArgs(Args):
    alpha_sender: str
    iso_country_code: str | NotGiven = NOT_GIVEN


class DestinationAlphaSenderFilters(Args):
    iso_country_code: str | NotGiven = NOT_GIVEN


class DestinationAlphaSenderListArgs(DestinationAlphaSenderFilters, ListArgs): ...


class DestinationAlphaSenderPageArgs(DestinationAlphaSenderFilters, PageArgs): ...


class DestinationAlphaSenderContext(InstanceContext):
    """One DestinationAlphaSender: ``/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this DestinationAlphaSender: ``GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this DestinationAlphaSender: ``DELETE /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}``; returns True."""


class DestinationAlphaSenderList(KeyedList[DestinationAlphaSenderContext]):
    """DestinationAlphaSender collection: ``/v1/Services/{ServiceSid}/DestinationAlphaSenders``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(DestinationAlphaSenderCreateArgs)
    """Create a DestinationAlphaSender: ``POST /v1/Services/{ServiceSid}/DestinationAlphaSenders``."""
    list = _LIST.list_method(DestinationAlphaSenderListArgs)
    """List DestinationAlphaSender resources: ``GET /v1/Services/{ServiceSid}/DestinationAlphaSenders``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(DestinationAlphaSenderListArgs)
    """Stream DestinationAlphaSender resources: ``GET /v1/Services/{ServiceSid}/DestinationAlphaSenders``; one page in memory at a time."""
    page = _LIST.page_method(DestinationAlphaSenderPageArgs)
    """One page of DestinationAlphaSender resources: ``GET /v1/Services/{ServiceSid}/DestinationAlphaSenders``; ``next_page()`` moves on."""
