# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""Content models (``contents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..contents import ContentContext


class Content(InstanceModel["ContentContext"]):
    """A Content as returned by the API."""

    sid: str
    friendly_name: str | None = None
    language: str | None = None
    variables: Any | None = None
    types: Any | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ContentContext.fetch
        update: ClassVar = ContentContext.update
        delete: ClassVar = ContentContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..contents import ContentContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
