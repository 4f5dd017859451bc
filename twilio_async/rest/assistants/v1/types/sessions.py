# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Session models (``sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..sessions import SessionContext


class Session(InstanceModel["SessionContext"]):
    """A Session as returned by the API."""

    id: str | None = None
    account_sid: str | None = None
    assistant_id: str | None = None
    verified: bool | None = None
    identity: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SessionContext.fetch
        messages: ClassVar = SessionContext.messages

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sessions import SessionContext  # noqa: F401
    else:
        fetch = FromContext()
        messages = FromContext()
