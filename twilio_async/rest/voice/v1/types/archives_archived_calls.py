# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ArchivedCalls models (``archives.archived_calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..archives_archived_calls import ArchivedCallsContext


class ArchivedCalls(InstanceModel["ArchivedCallsContext"]):
    """A ArchivedCalls as returned by the API."""

    pass

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        delete: ClassVar = ArchivedCallsContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..archives_archived_calls import ArchivedCallsContext  # noqa: F401
    else:
        delete = FromContext()
