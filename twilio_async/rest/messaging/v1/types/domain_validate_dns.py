# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainDnsValidation models (``domain_validate_dns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..domain_validate_dns import DomainDnsValidationContext


class DomainDnsValidation(InstanceModel["DomainDnsValidationContext"]):
    """A DomainDnsValidation as returned by the API."""

    domain_sid: str | None = None
    is_valid: bool | None = None
    reason: str | None = None
    url: str | None = None

    _key_field = "domain_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DomainDnsValidationContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..domain_validate_dns import DomainDnsValidationContext  # noqa: F401
    else:
        fetch = FromContext()
