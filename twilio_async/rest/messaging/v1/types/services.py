# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceScanMessageContent

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    inbound_request_url: str | None = None
    inbound_method: str | None = None
    fallback_url: str | None = None
    fallback_method: str | None = None
    status_callback: str | None = None
    sticky_sender: bool | None = None
    mms_converter: bool | None = None
    smart_encoding: bool | None = None
    scan_message_content: ServiceScanMessageContent | None = None
    fallback_to_long_code: bool | None = None
    area_code_geomatch: bool | None = None
    synchronous_validation: bool | None = None
    validity_period: int | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    usecase: str | None = None
    us_app_to_person_registered: bool | None = None
    use_inbound_webhook_on_number: bool | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        alpha_senders: ClassVar = ServiceContext.alpha_senders
        channel_senders: ClassVar = ServiceContext.channel_senders
        destination_alpha_senders: ClassVar = ServiceContext.destination_alpha_senders
        phone_numbers: ClassVar = ServiceContext.phone_numbers
        short_codes: ClassVar = ServiceContext.short_codes
        us_app_to_person: ClassVar = ServiceContext.us_app_to_person
        us_app_to_person_usecases: ClassVar = ServiceContext.us_app_to_person_usecases

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        alpha_senders = FromContext()
        channel_senders = FromContext()
        destination_alpha_senders = FromContext()
        phone_numbers = FromContext()
        short_codes = FromContext()
        us_app_to_person = FromContext()
        us_app_to_person_usecases = FromContext()
