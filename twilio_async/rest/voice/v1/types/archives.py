# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Archives models (``archives``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..archives import ArchivesContext


class Archives(InstanceModel["ArchivesContext"]):
    """A Archives as returned by the API."""

    pass

    _key_field = "date"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        archived_calls: ClassVar = ArchivesContext.archived_calls

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..archives import ArchivesContext  # noqa: F401
    else:
        archived_calls = FromContext()
