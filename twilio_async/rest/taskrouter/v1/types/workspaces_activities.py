# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Activity models (``workspaces.activities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_activities import ActivityContext


class Activity(InstanceModel["ActivityContext"]):
    """A Activity as returned by the API."""

    account_sid: str | None = None
    available: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    sid: str
    workspace_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ActivityContext.fetch
        update: ClassVar = ActivityContext.update
        delete: ClassVar = ActivityContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_activities import ActivityContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
