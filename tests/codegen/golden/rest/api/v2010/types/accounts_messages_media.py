# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Media models (``accounts.messages.media``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._models import InstanceModel

from ..accounts_messages_media import MediaContext


class Media(InstanceModel[MediaContext]):
    """A Media as returned by the API."""

    sid: str | None = None
    content_type: str | None = None

    _key_field = "sid"
    delete: ClassVar = MediaContext.delete
