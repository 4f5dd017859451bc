# Generated from specs/iam_scim.yaml, specs/iam_v1.yaml by `make codegen`; do not edit.
"""The iam domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .scim import Scim
    from .v1 import V1


class Iam(Domain):
    """The ``iam.twilio.com`` domain."""

    @cached_property
    def scim(self) -> Scim:
        """API version scim."""
        from .scim import Scim

        return Scim(self._host)

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)
