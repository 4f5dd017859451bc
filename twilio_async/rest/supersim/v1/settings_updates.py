# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SettingsUpdate resources (``settings_updates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import SettingsUpdateStatus
    from .types.settings_updates import SettingsUpdate

_TYPES = Models(__package__, ".types.settings_updates")
_MODEL = _TYPES("SettingsUpdate")
_LIST_PATH = "/v1/SettingsUpdates"
_LIST: Operation[SettingsUpdate] = Operation(
    "settings_updates.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="settings_updates",
    model=_MODEL,
).with_params(P("sim", "Sim", QUERY, "string"), P("status", "Status", QUERY, "string"))


class SettingsUpdateFilters(Args):
    sim: str | NotGiven = NOT_GIVEN
    status: SettingsUpdateStatus | str | NotGiven = NOT_GIVEN


class SettingsUpdateListArgs(SettingsUpdateFilters, ListArgs): ...


class SettingsUpdatePageArgs(SettingsUpdateFilters, PageArgs): ...


class SettingsUpdateList(ListResource):
    """SettingsUpdate collection: ``/v1/SettingsUpdates``."""

    __slots__ = ()
    list = _LIST.list_method(SettingsUpdateListArgs)
    """List SettingsUpdate resources: ``GET /v1/SettingsUpdates``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SettingsUpdateListArgs)
    """Stream SettingsUpdate resources: ``GET /v1/SettingsUpdates``; one page in memory at a time."""
    page = _LIST.page_method(SettingsUpdatePageArgs)
    """One page of SettingsUpdate resources: ``GET /v1/SettingsUpdates``; ``next_page()`` moves on."""
