# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Call resources (``calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, Child, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .calls_annotation import AnnotationList
    from .calls_events import EventList
    from .calls_metrics import MetricList
    from .calls_summary import CallSummaryList
    from .types.calls import Call

_TYPES = Models(__package__, ".types.calls")
_MODEL = _TYPES("Call")
_INSTANCE_PATH = "/v1/Voice/{0}"
_FETCH: Operation[Call] = Operation("calls.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)


class CallContext(InstanceContext):
    """One Call: ``/v1/Voice/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Call: ``GET /v1/Voice/{Sid}``."""
    annotation: Child[AnnotationList] = Child(".calls_annotation", "AnnotationList")
    events: Child[EventList] = Child(".calls_events", "EventList")
    metrics: Child[MetricList] = Child(".calls_metrics", "MetricList")
    summary: Child[CallSummaryList] = Child(".calls_summary", "CallSummaryList")


class CallList(KeyedList[CallContext]):
    """Call collection."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CA[0-9a-fA-F]{32}$")
