# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Composition models (``compositions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import CompositionFormat, CompositionStatus

if TYPE_CHECKING:
    from ..compositions import CompositionContext


class Composition(InstanceModel["CompositionContext"]):
    """A Composition as returned by the API."""

    account_sid: str | None = None
    status: CompositionStatus | None = None
    date_created: IsoDateTime | None = None
    date_completed: IsoDateTime | None = None
    date_deleted: IsoDateTime | None = None
    sid: str
    room_sid: str | None = None
    audio_sources: list[str] | None = None
    audio_sources_excluded: list[str] | None = None
    video_layout: Any | None = None
    resolution: str | None = None
    trim: bool | None = None
    format: CompositionFormat | None = None
    bitrate: WireInt | None = None
    size: WireInt | None = None
    duration: WireInt | None = None
    media_external_location: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CompositionContext.fetch
        delete: ClassVar = CompositionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..compositions import CompositionContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
