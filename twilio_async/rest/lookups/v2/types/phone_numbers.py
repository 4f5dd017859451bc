# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""LookupResponse models (``phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ValidationError

if TYPE_CHECKING:
    from ..phone_numbers import LookupResponseContext


class LookupResponse(InstanceModel["LookupResponseContext"]):
    """A LookupResponse as returned by the API."""

    calling_country_code: str | None = None
    country_code: str | None = None
    phone_number: str | None = None
    national_format: str | None = None
    valid: bool | None = None
    validation_errors: list[ValidationError] | None = None
    caller_name: Any | None = None
    sim_swap: Any | None = None
    call_forwarding: Any | None = None
    line_type_intelligence: Any | None = None
    line_status: Any | None = None
    identity_match: Any | None = None
    reassigned_number: Any | None = None
    sms_pumping_risk: Any | None = None
    phone_number_quality_score: Any | None = None
    pre_fill: Any | None = None
    url: str | None = None

    _key_field = "phone_number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = LookupResponseContext.fetch
        lookup_overrides: ClassVar = LookupResponseContext.lookup_overrides

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..phone_numbers import LookupResponseContext  # noqa: F401
    else:
        fetch = FromContext()
        lookup_overrides = FromContext()
