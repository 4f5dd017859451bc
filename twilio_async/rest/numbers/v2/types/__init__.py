# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Response models of numbers v2, loaded on first access: ``from twilio_async.rest.numbers.v2.types import AuthorizationDocument``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .applications import (
        CreateShortCodeApplicationResponse as CreateShortCodeApplicationResponse,
    )
    from .applications import ShortCodeApplication as ShortCodeApplication
    from .authorization_documents import AuthorizationDocument as AuthorizationDocument
    from .authorization_documents_dependent_hosted_number_orders import (
        DependentHostedNumberOrder as DependentHostedNumberOrder,
    )
    from .bulk_hosted_number_orders import BulkHostedNumberOrder as BulkHostedNumberOrder
    from .bundle_clone import BundleClone as BundleClone
    from .hosted_number_orders import HostedNumberOrder as HostedNumberOrder
    from .regulatory_compliance import RegulatoryCompliance as RegulatoryCompliance
    from .regulatory_compliance_bundles import Bundle as Bundle
    from .regulatory_compliance_bundles_bundle_copies import BundleCopy as BundleCopy
    from .regulatory_compliance_bundles_evaluations import Evaluation as Evaluation
    from .regulatory_compliance_bundles_item_assignments import ItemAssignment as ItemAssignment
    from .regulatory_compliance_bundles_replace_items import ReplaceItems as ReplaceItems
    from .regulatory_compliance_end_user_types import EndUserType as EndUserType
    from .regulatory_compliance_end_users import EndUser as EndUser
    from .regulatory_compliance_regulations import Regulation as Regulation
    from .regulatory_compliance_supporting_document_types import (
        SupportingDocumentType as SupportingDocumentType,
    )
    from .regulatory_compliance_supporting_documents import SupportingDocument as SupportingDocument

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AuthorizationDocument": ".authorization_documents",
    "BulkHostedNumberOrder": ".bulk_hosted_number_orders",
    "Bundle": ".regulatory_compliance_bundles",
    "BundleClone": ".bundle_clone",
    "BundleCopy": ".regulatory_compliance_bundles_bundle_copies",
    "CreateShortCodeApplicationResponse": ".applications",
    "DependentHostedNumberOrder": ".authorization_documents_dependent_hosted_number_orders",
    "EndUser": ".regulatory_compliance_end_users",
    "EndUserType": ".regulatory_compliance_end_user_types",
    "Evaluation": ".regulatory_compliance_bundles_evaluations",
    "HostedNumberOrder": ".hosted_number_orders",
    "ItemAssignment": ".regulatory_compliance_bundles_item_assignments",
    "Regulation": ".regulatory_compliance_regulations",
    "RegulatoryCompliance": ".regulatory_compliance",
    "ReplaceItems": ".regulatory_compliance_bundles_replace_items",
    "ShortCodeApplication": ".applications",
    "SupportingDocument": ".regulatory_compliance_supporting_documents",
    "SupportingDocumentType": ".regulatory_compliance_supporting_document_types",
}
__all__ = [
    "AuthorizationDocument",
    "BulkHostedNumberOrder",
    "Bundle",
    "BundleClone",
    "BundleCopy",
    "CreateShortCodeApplicationResponse",
    "DependentHostedNumberOrder",
    "EndUser",
    "EndUserType",
    "Evaluation",
    "HostedNumberOrder",
    "ItemAssignment",
    "Regulation",
    "RegulatoryCompliance",
    "ReplaceItems",
    "ShortCodeApplication",
    "SupportingDocument",
    "SupportingDocumentType",
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
