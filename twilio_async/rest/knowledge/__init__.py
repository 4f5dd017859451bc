# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""The knowledge domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.knowledge import KnowledgeList


class Knowledge(Domain):
    """The ``knowledge.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def knowledge(self) -> KnowledgeList:
        """``v1.knowledge`` (twilio-python's domain-level name)."""
        return self.v1.knowledge
