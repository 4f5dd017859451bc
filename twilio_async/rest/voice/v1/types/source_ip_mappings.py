# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""SourceIpMapping models (``source_ip_mappings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..source_ip_mappings import SourceIpMappingContext


class SourceIpMapping(InstanceModel["SourceIpMappingContext"]):
    """A SourceIpMapping as returned by the API."""

    sid: str | None = None
    ip_record_sid: str | None = None
    sip_domain_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SourceIpMappingContext.fetch
        update: ClassVar = SourceIpMappingContext.update
        delete: ClassVar = SourceIpMappingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..source_ip_mappings import SourceIpMappingContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
