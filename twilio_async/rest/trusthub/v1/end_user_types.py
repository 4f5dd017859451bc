# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""EndUserType resources (``end_user_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.end_user_types import EndUserType

_TYPES = Models(__package__, ".types.end_user_types")
_MODEL = _TYPES("EndUserType")
_LIST_PATH = "/v1/EndUserTypes"
_INSTANCE_PATH = "/v1/EndUserTypes/{0}"
_LIST: Operation[EndUserType] = Operation(
    "end_user_types.list", "GET", _LIST_PATH, body="none", list_key="end_user_types", model=_MODEL
)
_FETCH: Operation[EndUserType] = Operation(
    "end_user_types.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EndUserTypeContext(InstanceContext):
    """One EndUserType: ``/v1/EndUserTypes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this EndUserType: ``GET /v1/EndUserTypes/{Sid}``."""


class EndUserTypeList(KeyedList[EndUserTypeContext]):
    """EndUserType collection: ``/v1/EndUserTypes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(ListArgs)
    """List EndUserType resources: ``GET /v1/EndUserTypes``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream EndUserType resources: ``GET /v1/EndUserTypes``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of EndUserType resources: ``GET /v1/EndUserTypes``; ``next_page()`` moves on."""
