# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""Policies resources (``policies``)."""

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
    from .types.policies import Policies

_TYPES = Models(__package__, ".types.policies")
_MODEL = _TYPES("Policies")
_LIST_PATH = "/v1/Policies"
_INSTANCE_PATH = "/v1/Policies/{0}"
_LIST: Operation[Policies] = Operation(
    "policies.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[Policies] = Operation(
    "policies.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PoliciesContext(InstanceContext):
    """One Policies: ``/v1/Policies/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Policies: ``GET /v1/Policies/{Sid}``."""


class PoliciesList(KeyedList[PoliciesContext]):
    """Policies collection: ``/v1/Policies``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List Policies resources: ``GET /v1/Policies``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Policies resources: ``GET /v1/Policies``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Policies resources: ``GET /v1/Policies``; ``next_page()`` moves on."""
