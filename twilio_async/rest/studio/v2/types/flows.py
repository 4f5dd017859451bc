# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""Flow models (``flows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import FlowStatus

if TYPE_CHECKING:
    from ..flows import FlowContext


class Flow(InstanceModel["FlowContext"]):
    """A Flow as returned by the API."""

    sid: str
    account_sid: str | None = None
    author_sid: str | None = None
    friendly_name: str | None = None
    definition: Any | None = None
    status: FlowStatus | None = None
    revision: WireInt | None = None
    commit_message: str | None = None
    valid: bool | None = None
    errors: list[Any] | None = None
    warnings: list[Any] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    webhook_url: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FlowContext.fetch
        update: ClassVar = FlowContext.update
        delete: ClassVar = FlowContext.delete
        executions: ClassVar = FlowContext.executions
        revisions: ClassVar = FlowContext.revisions
        test_users: ClassVar = FlowContext.test_users

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flows import FlowContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        executions = FromContext()
        revisions = FromContext()
        test_users = FromContext()
