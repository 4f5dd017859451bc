# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""RequestManagedCert models (``request_managed_cert``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..request_managed_cert import RequestManagedCertContext


class RequestManagedCert(InstanceModel["RequestManagedCertContext"]):
    """A RequestManagedCert as returned by the API."""

    domain_sid: str | None = None
    date_updated: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_expires: IsoDateTime | None = None
    domain_name: str | None = None
    certificate_sid: str | None = None
    url: str | None = None
    managed: bool | None = None
    requesting: bool | None = None

    _key_field = "domain_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = RequestManagedCertContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..request_managed_cert import RequestManagedCertContext  # noqa: F401
    else:
        update = FromContext()
