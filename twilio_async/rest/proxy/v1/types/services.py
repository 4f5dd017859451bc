# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceGeoMatchLevel, ServiceNumberSelectionBehavior

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    sid: str
    unique_name: str | None = None
    account_sid: str | None = None
    chat_instance_sid: str | None = None
    callback_url: str | None = None
    default_ttl: WireInt | None = None
    number_selection_behavior: ServiceNumberSelectionBehavior | None = None
    geo_match_level: ServiceGeoMatchLevel | None = None
    intercept_callback_url: str | None = None
    out_of_session_callback_url: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        phone_numbers: ClassVar = ServiceContext.phone_numbers
        sessions: ClassVar = ServiceContext.sessions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        phone_numbers = FromContext()
        sessions = FromContext()
