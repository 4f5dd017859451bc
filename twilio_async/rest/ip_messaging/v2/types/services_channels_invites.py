# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Invite models (``services.channels.invites``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_channels_invites import InviteContext


class Invite(InstanceModel["InviteContext"]):
    """A Invite as returned by the API."""

    sid: str
    account_sid: str | None = None
    channel_sid: str | None = None
    service_sid: str | None = None
    identity: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    role_sid: str | None = None
    created_by: str | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InviteContext.fetch
        delete: ClassVar = InviteContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_channels_invites import InviteContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
