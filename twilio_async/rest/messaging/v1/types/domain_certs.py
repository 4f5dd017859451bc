# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainCerts models (``domain_certs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..domain_certs import DomainCertsContext


class DomainCerts(InstanceModel["DomainCertsContext"]):
    """A DomainCerts as returned by the API."""

    domain_sid: str | None = None
    date_updated: IsoDateTime | None = None
    date_expires: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    domain_name: str | None = None
    certificate_sid: str | None = None
    url: str | None = None
    cert_in_validation: Any | None = None

    _key_field = "domain_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DomainCertsContext.fetch
        update: ClassVar = DomainCertsContext.update
        delete: ClassVar = DomainCertsContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..domain_certs import DomainCertsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
