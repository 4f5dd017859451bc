# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""numbers v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .applications import ShortCodeApplicationList
    from .authorization_documents import AuthorizationDocumentList
    from .bulk_hosted_number_orders import BulkHostedNumberOrderList
    from .bundle_clone import BundleCloneList
    from .hosted_number_orders import HostedNumberOrderList
    from .regulatory_compliance import RegulatoryComplianceList


class V2(Version):
    """``numbers`` v2 (json-token)."""

    domain = "numbers"
    dialect_name = "json-token"
    applications: Root[ShortCodeApplicationList] = Root(".applications", "ShortCodeApplicationList")
    authorization_documents: Root[AuthorizationDocumentList] = Root(
        ".authorization_documents", "AuthorizationDocumentList"
    )
    bulk_hosted_number_orders: Root[BulkHostedNumberOrderList] = Root(
        ".bulk_hosted_number_orders", "BulkHostedNumberOrderList"
    )
    bundle_clone: Root[BundleCloneList] = Root(".bundle_clone", "BundleCloneList")
    hosted_number_orders: Root[HostedNumberOrderList] = Root(
        ".hosted_number_orders", "HostedNumberOrderList"
    )
    regulatory_compliance: Root[RegulatoryComplianceList] = Root(
        ".regulatory_compliance", "RegulatoryComplianceList"
    )
