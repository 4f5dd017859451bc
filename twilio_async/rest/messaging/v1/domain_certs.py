# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainCerts resources (``domain_certs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P

if TYPE_CHECKING:
    from .types.domain_certs import DomainCerts

_TYPES = Models(__package__, ".types.domain_certs")
_MODEL = _TYPES("DomainCerts")
_INSTANCE_PATH = "/v1/LinkShortening/Domains/{0}/Certificate"
_FETCH: Operation[DomainCerts] = Operation(
    "domain_certs.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[DomainCerts] = Operation(
    "domain_certs.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("tls_cert", "TlsCert", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("domain_certs.delete", "DELETE", _INSTANCE_PATH, body="none")


class DomainCertsUpdateArgs(Args):
    tls_cert: str


class DomainCertsContext(InstanceContext):
    """One DomainCerts: ``/v1/LinkShortening/Domains/{DomainSid}/Certificate``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this DomainCerts: ``GET /v1/LinkShortening/Domains/{DomainSid}/Certificate``."""
    update = _UPDATE.call_method(DomainCertsUpdateArgs)
    """Update this DomainCerts: ``POST /v1/LinkShortening/Domains/{DomainSid}/Certificate``."""
    delete = _DELETE.delete_method(Args)
    """Delete this DomainCerts: ``DELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate``; returns True."""


class DomainCertsList(KeyedList[DomainCertsContext]):
    """DomainCerts collection."""

    __slots__ = ()
    _key = ("DomainSid", "domain_sid", "^DN[0-9a-fA-F]{32}$")
