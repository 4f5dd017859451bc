# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""DataSession resources (``sims.data_sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sims_data_sessions import DataSession

_TYPES = Models(__package__, ".types.sims_data_sessions")
_MODEL = _TYPES("DataSession")
_LIST_PATH = "/v1/Sims/{0}/DataSessions"
_LIST: Operation[DataSession] = Operation(
    "data_sessions.list", "GET", _LIST_PATH, body="none", list_key="data_sessions", model=_MODEL
)


class DataSessionList(ListResource):
    """DataSession collection: ``/v1/Sims/{SimSid}/DataSessions``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List DataSession resources: ``GET /v1/Sims/{SimSid}/DataSessions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream DataSession resources: ``GET /v1/Sims/{SimSid}/DataSessions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of DataSession resources: ``GET /v1/Sims/{SimSid}/DataSessions``; ``next_page()`` moves on."""
