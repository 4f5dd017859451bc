# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
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
    unique_name: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    webhook_url: str | None = None
    webhooks_from_rest_enabled: bool | None = None
    reachability_webhooks_enabled: bool | None = None
    acl_enabled: bool | None = None
    reachability_debouncing_enabled: bool | None = None
    reachability_debouncing_window: WireInt | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        documents: ClassVar = ServiceContext.documents
        sync_lists: ClassVar = ServiceContext.sync_lists
        sync_maps: ClassVar = ServiceContext.sync_maps
        sync_streams: ClassVar = ServiceContext.sync_streams

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        documents = FromContext()
        sync_lists = FromContext()
        sync_maps = FromContext()
        sync_streams = FromContext()
