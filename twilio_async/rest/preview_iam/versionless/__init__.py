# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""preview-iam versionless: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .organizations import OrganizationsList


class Versionless(Version):
    """``preview-iam`` versionless (json-v1)."""

    domain = "preview-iam"
    dialect_name = "json-v1"
    organizations: Root[OrganizationsList] = Root(".organizations", "OrganizationsList")
