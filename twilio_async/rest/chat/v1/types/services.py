# Generated from specs/chat_v1.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    default_service_role_sid: str | None = None
    default_channel_role_sid: str | None = None
    default_channel_creator_role_sid: str | None = None
    read_status_enabled: bool | None = None
    reachability_enabled: bool | None = None
    typing_indicator_timeout: WireInt | None = None
    consumption_report_interval: WireInt | None = None
    limits: Any | None = None
    webhooks: Any | None = None
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    webhook_method: str | None = None
    webhook_filters: list[str] | None = None
    notifications: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        channels: ClassVar = ServiceContext.channels
        roles: ClassVar = ServiceContext.roles
        users: ClassVar = ServiceContext.users

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        channels = FromContext()
        roles = FromContext()
        users = FromContext()
