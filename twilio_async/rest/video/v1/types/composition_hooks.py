# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""CompositionHook models (``composition_hooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import CompositionHookFormat

if TYPE_CHECKING:
    from ..composition_hooks import CompositionHookContext


class CompositionHook(InstanceModel["CompositionHookContext"]):
    """A CompositionHook as returned by the API."""

    account_sid: str | None = None
    friendly_name: str | None = None
    enabled: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str
    audio_sources: list[str] | None = None
    audio_sources_excluded: list[str] | None = None
    video_layout: Any | None = None
    resolution: str | None = None
    trim: bool | None = None
    format: CompositionHookFormat | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CompositionHookContext.fetch
        update: ClassVar = CompositionHookContext.update
        delete: ClassVar = CompositionHookContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..composition_hooks import CompositionHookContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
