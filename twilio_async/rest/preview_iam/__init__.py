# Generated from specs/iam_organizations.yaml, specs/iam_organizations.yaml by `make codegen`; do not edit.
"""The preview-iam domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.authorize import AuthorizeList
    from .v1.token import TokenList
    from .versionless import Versionless
    from .versionless.organizations import OrganizationsList


class PreviewIam(Domain):
    """The ``preview-iam.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @cached_property
    def versionless(self) -> Versionless:
        """API version versionless."""
        from .versionless import Versionless

        return Versionless(self._host)

    @property
    def authorize(self) -> AuthorizeList:
        """``v1.authorize`` (twilio-python's domain-level name)."""
        return self.v1.authorize

    @property
    def organizations(self) -> OrganizationsList:
        """``versionless.organizations`` (twilio-python's domain-level name)."""
        return self.versionless.organizations

    @property
    def token(self) -> TokenList:
        """``v1.token`` (twilio-python's domain-level name)."""
        return self.v1.token
