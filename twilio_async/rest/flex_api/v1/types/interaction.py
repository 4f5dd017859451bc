# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Interaction models (``interaction``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..interaction import InteractionContext


class Interaction(InstanceModel["InteractionContext"]):
    """A Interaction as returned by the API."""

    sid: str
    channel: Any | None = None
    routing: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    interaction_context_sid: str | None = None
    webhook_ttid: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InteractionContext.fetch
        update: ClassVar = InteractionContext.update
        channels: ClassVar = InteractionContext.channels

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..interaction import InteractionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        channels = FromContext()
