# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""The intelligence domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2 import V2


class Intelligence(Domain):
    """The ``intelligence.twilio.com`` domain."""

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)
