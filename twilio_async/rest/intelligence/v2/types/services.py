# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceHttpMethod

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    account_sid: str | None = None
    auto_redaction: bool | None = None
    media_redaction: bool | None = None
    auto_transcribe: bool | None = None
    data_logging: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    language_code: str | None = None
    sid: str
    unique_name: str | None = None
    url: str | None = None
    webhook_url: str | None = None
    webhook_http_method: ServiceHttpMethod | None = None
    read_only_attached_operator_sids: list[str] | None = None
    version: WireInt | None = None
    encryption_credential_sid: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
