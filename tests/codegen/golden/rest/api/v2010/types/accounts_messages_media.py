# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Media models (``accounts.messages.media``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_messages_media import MediaContext


class Media(InstanceModel["MediaContext"]):
    """A Media as returned by the API."""

    sid: str
    content_type: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        delete: ClassVar = MediaContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_messages_media import MediaContext  # noqa: F401
    else:
        delete = FromContext()
