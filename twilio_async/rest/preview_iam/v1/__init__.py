# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""preview-iam v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .authorize import AuthorizeList
    from .token import TokenList


class V1(Version):
    """``preview-iam`` v1 (json-v1)."""

    domain = "preview-iam"
    dialect_name = "json-v1"
    authorize: Root[AuthorizeList] = Root(".authorize", "AuthorizeList")
    token: Root[TokenList] = Root(".token", "TokenList")
