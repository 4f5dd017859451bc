# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""CreateEmbeddedRegistrationResponse models (``sender_id_registrations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..sender_id_registrations import CreateEmbeddedRegistrationResponseContext


class CreateEmbeddedRegistrationResponse(
    InstanceModel["CreateEmbeddedRegistrationResponseContext"]
):
    """A CreateEmbeddedRegistrationResponse as returned by the API."""

    id: str | None = None
    regulation_id: str | None = Field(default=None, alias="regulationId")
    regulation_version: WireInt | None = Field(default=None, alias="regulationVersion")
    friendly_name: str | None = Field(default=None, alias="friendlyName")
    status: str | None = None
    status_notification_email: str | None = Field(default=None, alias="statusNotificationEmail")
    status_callback_url: str | None = Field(default=None, alias="statusCallbackUrl")
    comments: str | None = None
    embedded_session: Any | None = Field(default=None, alias="embeddedSession")
    data: Any | None = None
    date_created: IsoDateTime | None = Field(default=None, alias="dateCreated")
    date_updated: IsoDateTime | None = Field(default=None, alias="dateUpdated")

    _key_field = "bundle_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        embedded_sessions: ClassVar = CreateEmbeddedRegistrationResponseContext.embedded_sessions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sender_id_registrations import CreateEmbeddedRegistrationResponseContext  # noqa: F401
    else:
        embedded_sessions = FromContext()
