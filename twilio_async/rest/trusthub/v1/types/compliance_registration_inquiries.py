# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""ComplianceRegistrationInquiries models (``compliance_registration_inquiries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..compliance_registration_inquiries import ComplianceRegistrationInquiriesContext


class ComplianceRegistrationInquiries(InstanceModel["ComplianceRegistrationInquiriesContext"]):
    """A ComplianceRegistrationInquiries as returned by the API."""

    inquiry_id: str | None = None
    inquiry_session_token: str | None = None
    registration_id: str | None = None
    url: str | None = None

    _key_field = "registration_id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = ComplianceRegistrationInquiriesContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..compliance_registration_inquiries import ComplianceRegistrationInquiriesContext  # noqa: F401
    else:
        update = FromContext()
