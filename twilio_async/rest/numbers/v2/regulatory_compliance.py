# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""RegulatoryCompliance resources (``regulatory_compliance``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .regulatory_compliance_bundles import BundleList
    from .regulatory_compliance_end_user_types import EndUserTypeList
    from .regulatory_compliance_end_users import EndUserList
    from .regulatory_compliance_regulations import RegulationList
    from .regulatory_compliance_supporting_document_types import SupportingDocumentTypeList
    from .regulatory_compliance_supporting_documents import SupportingDocumentList


class RegulatoryComplianceList(ListResource):
    """RegulatoryCompliance collection: ``/v2/RegulatoryCompliance``."""

    __slots__ = ()
    bundles: Child[BundleList] = Child(".regulatory_compliance_bundles", "BundleList")
    end_user_types: Child[EndUserTypeList] = Child(
        ".regulatory_compliance_end_user_types", "EndUserTypeList"
    )
    end_users: Child[EndUserList] = Child(".regulatory_compliance_end_users", "EndUserList")
    regulations: Child[RegulationList] = Child(
        ".regulatory_compliance_regulations", "RegulationList"
    )
    supporting_document_types: Child[SupportingDocumentTypeList] = Child(
        ".regulatory_compliance_supporting_document_types", "SupportingDocumentTypeList"
    )
    supporting_documents: Child[SupportingDocumentList] = Child(
        ".regulatory_compliance_supporting_documents", "SupportingDocumentList"
    )
