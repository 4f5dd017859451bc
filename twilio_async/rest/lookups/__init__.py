# Generated from specs/lookups_v1.yaml, specs/lookups_v2.yaml by `make codegen`; do not edit.
"""The lookups domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v2 import V2
    from .v2.phone_numbers import LookupResponseList
    from .v2.query import QueryList
    from .v2.rate_limits import RateLimitsList


class Lookups(Domain):
    """The ``lookups.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @property
    def phone_numbers(self) -> LookupResponseList:
        """``v2.phone_numbers`` (twilio-python's domain-level name)."""
        return self.v2.phone_numbers

    @property
    def query(self) -> QueryList:
        """``v2.query`` (twilio-python's domain-level name)."""
        return self.v2.query

    @property
    def rate_limits(self) -> RateLimitsList:
        """``v2.rate_limits`` (twilio-python's domain-level name)."""
        return self.v2.rate_limits
