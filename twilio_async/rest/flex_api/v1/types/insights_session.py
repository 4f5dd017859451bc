# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSession models (``insights_session``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..insights_session import InsightsSessionContext


class InsightsSession(InstanceModel["InsightsSessionContext"]):
    """A InsightsSession as returned by the API."""

    workspace_id: str | None = None
    session_expiry: str | None = None
    session_id: str | None = None
    base_url: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = InsightsSessionContext.create

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..insights_session import InsightsSessionContext  # noqa: F401
    else:
        create = FromContext()
