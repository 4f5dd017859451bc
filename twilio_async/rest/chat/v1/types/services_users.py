# Generated from specs/chat_v1.yaml by `make codegen`; do not edit.
"""User models (``services.users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_users import UserContext


class User(InstanceModel["UserContext"]):
    """A User as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    attributes: str | None = None
    friendly_name: str | None = None
    role_sid: str | None = None
    identity: str | None = None
    is_online: bool | None = None
    is_notifiable: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    joined_channels_count: WireInt | None = None
    links: dict[str, Any] | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UserContext.fetch
        update: ClassVar = UserContext.update
        delete: ClassVar = UserContext.delete
        user_channels: ClassVar = UserContext.user_channels

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_users import UserContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        user_channels = FromContext()
