# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Call models (``calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..calls import CallContext


class Call(InstanceModel["CallContext"]):
    """A Call as returned by the API."""

    sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CallContext.fetch
        annotation: ClassVar = CallContext.annotation
        events: ClassVar = CallContext.events
        metrics: ClassVar = CallContext.metrics
        summary: ClassVar = CallContext.summary

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..calls import CallContext  # noqa: F401
    else:
        fetch = FromContext()
        annotation = FromContext()
        events = FromContext()
        metrics = FromContext()
        summary = FromContext()
