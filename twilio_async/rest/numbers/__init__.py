# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""The numbers domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v3 import V3


class Numbers(Domain):
    """The ``numbers.twilio.com`` domain."""

    @cached_property
    def v3(self) -> V3:
        """API version v3."""
        from .v3 import V3

        return V3(self._host)
