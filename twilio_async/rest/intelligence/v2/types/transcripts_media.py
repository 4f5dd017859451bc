# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Media models (``transcripts.media``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..transcripts_media import MediaContext


class Media(InstanceModel["MediaContext"]):
    """A Media as returned by the API."""

    account_sid: str | None = None
    media_url: str | None = None
    service_sid: str | None = None
    sid: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MediaContext.fetch
    else:
        fetch = FromContext()
