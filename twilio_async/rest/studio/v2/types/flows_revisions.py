# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowRevision models (``flows.revisions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import FlowRevisionStatus

if TYPE_CHECKING:
    from ..flows_revisions import FlowRevisionContext


class FlowRevision(InstanceModel["FlowRevisionContext"]):
    """A FlowRevision as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    author_sid: str | None = None
    friendly_name: str | None = None
    definition: Any | None = None
    status: FlowRevisionStatus | None = None
    revision: WireInt
    commit_message: str | None = None
    valid: bool | None = None
    errors: list[Any] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "revision"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FlowRevisionContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flows_revisions import FlowRevisionContext  # noqa: F401
    else:
        fetch = FromContext()
