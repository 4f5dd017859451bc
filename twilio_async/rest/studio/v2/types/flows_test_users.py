# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowTestUser models (``flows.test_users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..flows_test_users import FlowTestUserContext


class FlowTestUser(InstanceModel["FlowTestUserContext"]):
    """A FlowTestUser as returned by the API."""

    sid: str | None = None
    test_users: list[str] | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FlowTestUserContext.fetch
        update: ClassVar = FlowTestUserContext.update
    else:
        fetch = FromContext()
        update = FromContext()
