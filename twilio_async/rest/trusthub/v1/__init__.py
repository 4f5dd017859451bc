# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""trusthub v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .compliance_inquiries import ComplianceInquiriesList
    from .compliance_registration_inquiries import ComplianceRegistrationInquiriesList
    from .compliance_tollfree_inquiries import ComplianceTollfreeInquiriesList
    from .customer_profiles import CustomerProfilesList
    from .end_user_types import EndUserTypeList
    from .end_users import EndUserList
    from .policies import PoliciesList
    from .supporting_document_types import SupportingDocumentTypeList
    from .supporting_documents import SupportingDocumentList
    from .trust_products import TrustProductsList


class V1(Version):
    """``trusthub`` v1 (json-v1)."""

    domain = "trusthub"
    dialect_name = "json-v1"
    compliance_inquiries: Root[ComplianceInquiriesList] = Root(
        ".compliance_inquiries", "ComplianceInquiriesList"
    )
    compliance_registration_inquiries: Root[ComplianceRegistrationInquiriesList] = Root(
        ".compliance_registration_inquiries", "ComplianceRegistrationInquiriesList"
    )
    compliance_tollfree_inquiries: Root[ComplianceTollfreeInquiriesList] = Root(
        ".compliance_tollfree_inquiries", "ComplianceTollfreeInquiriesList"
    )
    customer_profiles: Root[CustomerProfilesList] = Root(
        ".customer_profiles", "CustomerProfilesList"
    )
    end_user_types: Root[EndUserTypeList] = Root(".end_user_types", "EndUserTypeList")
    end_users: Root[EndUserList] = Root(".end_users", "EndUserList")
    policies: Root[PoliciesList] = Root(".policies", "PoliciesList")
    supporting_document_types: Root[SupportingDocumentTypeList] = Root(
        ".supporting_document_types", "SupportingDocumentTypeList"
    )
    supporting_documents: Root[SupportingDocumentList] = Root(
        ".supporting_documents", "SupportingDocumentList"
    )
    trust_products: Root[TrustProductsList] = Root(".trust_products", "TrustProductsList")
