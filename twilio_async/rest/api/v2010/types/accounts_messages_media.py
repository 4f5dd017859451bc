# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Media models (``accounts.messages.media``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_messages_media import MediaContext


class Media(InstanceModel["MediaContext"]):
    """A Media as returned by the API."""

    account_sid: str | None = None
    content_type: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    parent_sid: str | None = None
    sid: str
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MediaContext.fetch
        delete: ClassVar = MediaContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_messages_media import MediaContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
