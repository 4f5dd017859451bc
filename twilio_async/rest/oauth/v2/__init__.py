# Generated from specs/oauth_v2.yaml by `make codegen`; do not edit.
"""oauth v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .authorize import AuthorizeList
    from .token import V2Oauth2TokenResponseList


class V2(Version):
    """``oauth`` v2 (json-v1)."""

    domain = "oauth"
    dialect_name = "json-v1"
    authorize: Root[AuthorizeList] = Root(".authorize", "AuthorizeList")
    token: Root[V2Oauth2TokenResponseList] = Root(".token", "V2Oauth2TokenResponseList")
