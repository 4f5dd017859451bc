# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainDnsValidation resources (``domain_validate_dns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.domain_validate_dns import DomainDnsValidation

_TYPES = Models(__package__, ".types.domain_validate_dns")
_MODEL = _TYPES("DomainDnsValidation")
_INSTANCE_PATH = "/v1/LinkShortening/Domains/{0}/ValidateDns"
_FETCH: Operation[DomainDnsValidation] = Operation(
    "domain_validate_dns.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class DomainDnsValidationContext(InstanceContext):
    """One DomainDnsValidation: ``/v1/LinkShortening/Domains/{DomainSid}/ValidateDns``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this DomainDnsValidation: ``GET /v1/LinkShortening/Domains/{DomainSid}/ValidateDns``."""


class DomainDnsValidationList(KeyedList[DomainDnsValidationContext]):
    """DomainDnsValidation collection."""

    __slots__ = ()
    _key = ("DomainSid", "domain_sid", "^DN[0-9a-fA-F]{32}$")
