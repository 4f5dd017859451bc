# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""SipDomain models (``sip_domains``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..sip_domains import SipDomainContext


class SipDomain(InstanceModel["SipDomainContext"]):
    """A SipDomain as returned by the API."""

    sip_domain: str
    url: str | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    voice_region: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "sip_domain"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipDomainContext.fetch
        update: ClassVar = SipDomainContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sip_domains import SipDomainContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
