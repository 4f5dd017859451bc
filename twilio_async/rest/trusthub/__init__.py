# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""The trusthub domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.compliance_inquiries import ComplianceInquiriesList
    from .v1.compliance_registration_inquiries import ComplianceRegistrationInquiriesList
    from .v1.compliance_tollfree_inquiries import ComplianceTollfreeInquiriesList
    from .v1.customer_profiles import CustomerProfilesList
    from .v1.end_user_types import EndUserTypeList
    from .v1.end_users import EndUserList
    from .v1.policies import PoliciesList
    from .v1.supporting_document_types import SupportingDocumentTypeList
    from .v1.supporting_documents import SupportingDocumentList
    from .v1.trust_products import TrustProductsList


class Trusthub(Domain):
    """The ``trusthub.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def compliance_inquiries(self) -> ComplianceInquiriesList:
        """``v1.compliance_inquiries`` (twilio-python's domain-level name)."""
        return self.v1.compliance_inquiries

    @property
    def compliance_registration_inquiries(self) -> ComplianceRegistrationInquiriesList:
        """``v1.compliance_registration_inquiries`` (twilio-python's domain-level name)."""
        return self.v1.compliance_registration_inquiries

    @property
    def compliance_tollfree_inquiries(self) -> ComplianceTollfreeInquiriesList:
        """``v1.compliance_tollfree_inquiries`` (twilio-python's domain-level name)."""
        return self.v1.compliance_tollfree_inquiries

    @property
    def customer_profiles(self) -> CustomerProfilesList:
        """``v1.customer_profiles`` (twilio-python's domain-level name)."""
        return self.v1.customer_profiles

    @property
    def end_user_types(self) -> EndUserTypeList:
        """``v1.end_user_types`` (twilio-python's domain-level name)."""
        return self.v1.end_user_types

    @property
    def end_users(self) -> EndUserList:
        """``v1.end_users`` (twilio-python's domain-level name)."""
        return self.v1.end_users

    @property
    def policies(self) -> PoliciesList:
        """``v1.policies`` (twilio-python's domain-level name)."""
        return self.v1.policies

    @property
    def supporting_document_types(self) -> SupportingDocumentTypeList:
        """``v1.supporting_document_types`` (twilio-python's domain-level name)."""
        return self.v1.supporting_document_types

    @property
    def supporting_documents(self) -> SupportingDocumentList:
        """``v1.supporting_documents`` (twilio-python's domain-level name)."""
        return self.v1.supporting_documents

    @property
    def trust_products(self) -> TrustProductsList:
        """``v1.trust_products`` (twilio-python's domain-level name)."""
        return self.v1.trust_products
