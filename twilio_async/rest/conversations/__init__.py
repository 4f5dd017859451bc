# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""The conversations domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1


class Conversations(Domain):
    """The ``conversations.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)
