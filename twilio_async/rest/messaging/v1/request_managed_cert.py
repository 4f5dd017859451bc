# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""RequestManagedCert resources (``request_managed_cert``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.request_managed_cert import RequestManagedCert

_TYPES = Models(__package__, ".types.request_managed_cert")
_MODEL = _TYPES("RequestManagedCert")
_INSTANCE_PATH = "/v1/LinkShortening/Domains/{0}/RequestManagedCert"
_UPDATE: Operation[RequestManagedCert] = Operation(
    "request_managed_cert.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)


class RequestManagedCertContext(InstanceContext):
    """One RequestManagedCert: ``/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert``."""

    __slots__ = ()
    update = _UPDATE.call_method(Args)
    """Update this RequestManagedCert: ``POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert``."""


class RequestManagedCertList(KeyedList[RequestManagedCertContext]):
    """RequestManagedCert collection."""

    __slots__ = ()
    _key = ("DomainSid", "domain_sid", "^DN[0-9a-fA-F]{32}$")
