# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""preview hosted_numbers: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .authorization_documents import AuthorizationDocumentList
    from .hosted_number_orders import HostedNumberOrderList


class HostedNumbers(Version):
    """``preview`` hosted_numbers (json-v1)."""

    domain = "preview"
    dialect_name = "json-v1"
    authorization_documents: Root[AuthorizationDocumentList] = Root(
        ".authorization_documents", "AuthorizationDocumentList"
    )
    hosted_number_orders: Root[HostedNumberOrderList] = Root(
        ".hosted_number_orders", "HostedNumberOrderList"
    )
