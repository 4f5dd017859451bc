# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""Response models of trusthub v1, loaded on first access: ``from twilio_async.rest.trusthub.v1.types import ComplianceInquiries``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compliance_inquiries import ComplianceInquiries as ComplianceInquiries
    from .compliance_registration_inquiries import (
        ComplianceRegistrationInquiries as ComplianceRegistrationInquiries,
    )
    from .compliance_tollfree_inquiries import (
        ComplianceTollfreeInquiries as ComplianceTollfreeInquiries,
    )
    from .customer_profiles import CustomerProfiles as CustomerProfiles
    from .customer_profiles_customer_profiles_channel_endpoint_assignment import (
        CustomerProfileChannelEndpointAssignment as CustomerProfileChannelEndpointAssignment,
    )
    from .customer_profiles_customer_profiles_entity_assignments import (
        CustomerProfilesEntityAssignments as CustomerProfilesEntityAssignments,
    )
    from .customer_profiles_customer_profiles_evaluations import (
        CustomerProfilesEvaluations as CustomerProfilesEvaluations,
    )
    from .end_user_types import EndUserType as EndUserType
    from .end_users import EndUser as EndUser
    from .policies import Policies as Policies
    from .supporting_document_types import SupportingDocumentType as SupportingDocumentType
    from .supporting_documents import SupportingDocument as SupportingDocument
    from .trust_products import TrustProducts as TrustProducts
    from .trust_products_trust_products_channel_endpoint_assignment import (
        TrustProductChannelEndpointAssignment as TrustProductChannelEndpointAssignment,
    )
    from .trust_products_trust_products_entity_assignments import (
        TrustProductsEntityAssignments as TrustProductsEntityAssignments,
    )
    from .trust_products_trust_products_evaluations import (
        TrustProductsEvaluations as TrustProductsEvaluations,
    )

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "ComplianceInquiries": ".compliance_inquiries",
    "ComplianceRegistrationInquiries": ".compliance_registration_inquiries",
    "ComplianceTollfreeInquiries": ".compliance_tollfree_inquiries",
    "CustomerProfileChannelEndpointAssignment": ".customer_profiles_customer_profiles_channel_endpoint_assignment",
    "CustomerProfiles": ".customer_profiles",
    "CustomerProfilesEntityAssignments": ".customer_profiles_customer_profiles_entity_assignments",
    "CustomerProfilesEvaluations": ".customer_profiles_customer_profiles_evaluations",
    "EndUser": ".end_users",
    "EndUserType": ".end_user_types",
    "Policies": ".policies",
    "SupportingDocument": ".supporting_documents",
    "SupportingDocumentType": ".supporting_document_types",
    "TrustProductChannelEndpointAssignment": ".trust_products_trust_products_channel_endpoint_assignment",
    "TrustProducts": ".trust_products",
    "TrustProductsEntityAssignments": ".trust_products_trust_products_entity_assignments",
    "TrustProductsEvaluations": ".trust_products_trust_products_evaluations",
}
__all__ = [
    "ComplianceInquiries",
    "ComplianceRegistrationInquiries",
    "ComplianceTollfreeInquiries",
    "CustomerProfileChannelEndpointAssignment",
    "CustomerProfiles",
    "CustomerProfilesEntityAssignments",
    "CustomerProfilesEvaluations",
    "EndUser",
    "EndUserType",
    "Policies",
    "SupportingDocument",
    "SupportingDocumentType",
    "TrustProductChannelEndpointAssignment",
    "TrustProducts",
    "TrustProductsEntityAssignments",
    "TrustProductsEvaluations",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
