# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""User models (``users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..users import UserContext


class User(InstanceModel["UserContext"]):
    """A User as returned by the API."""

    sid: str
    account_sid: str | None = None
    chat_service_sid: str | None = None
    role_sid: str | None = None
    identity: str | None = None
    friendly_name: str | None = None
    attributes: str | None = None
    is_online: bool | None = None
    is_notifiable: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UserContext.fetch
        update: ClassVar = UserContext.update
        delete: ClassVar = UserContext.delete
        user_conversations: ClassVar = UserContext.user_conversations

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..users import UserContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        user_conversations = FromContext()
