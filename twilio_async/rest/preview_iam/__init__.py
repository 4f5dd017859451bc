# Generated from specs/iam_organizations.yaml, specs/iam_organizations.yaml by `make codegen`; do not edit.
"""The preview-iam domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .versionless import Versionless


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
