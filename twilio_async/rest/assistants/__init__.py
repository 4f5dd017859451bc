# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""The assistants domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.assistants import AssistantWithToolsAndKnowledgeList
    from .v1.knowledge import KnowledgeList
    from .v1.policies import PolicyList
    from .v1.sessions import SessionList
    from .v1.tools import ToolWithPoliciesList


class Assistants(Domain):
    """The ``assistants.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def assistants(self) -> AssistantWithToolsAndKnowledgeList:
        """``v1.assistants`` (twilio-python's domain-level name)."""
        return self.v1.assistants

    @property
    def knowledge(self) -> KnowledgeList:
        """``v1.knowledge`` (twilio-python's domain-level name)."""
        return self.v1.knowledge

    @property
    def policies(self) -> PolicyList:
        """``v1.policies`` (twilio-python's domain-level name)."""
        return self.v1.policies

    @property
    def sessions(self) -> SessionList:
        """``v1.sessions`` (twilio-python's domain-level name)."""
        return self.v1.sessions

    @property
    def tools(self) -> ToolWithPoliciesList:
        """``v1.tools`` (twilio-python's domain-level name)."""
        return self.v1.tools
