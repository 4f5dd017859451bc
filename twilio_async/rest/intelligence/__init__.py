# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""The intelligence domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2 import V2
    from .v2.custom_operators import CustomOperatorList
    from .v2.operator_attachments import OperatorAttachmentsList
    from .v2.operator_type import OperatorTypeList
    from .v2.operators import OperatorList
    from .v2.prebuilt_operators import PrebuiltOperatorList
    from .v2.services import ServiceList
    from .v2.transcripts import TranscriptList


class Intelligence(Domain):
    """The ``intelligence.twilio.com`` domain."""

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @property
    def custom_operators(self) -> CustomOperatorList:
        """``v2.custom_operators`` (twilio-python's domain-level name)."""
        return self.v2.custom_operators

    @property
    def operator_attachments(self) -> OperatorAttachmentsList:
        """``v2.operator_attachments`` (twilio-python's domain-level name)."""
        return self.v2.operator_attachments

    @property
    def operator_type(self) -> OperatorTypeList:
        """``v2.operator_type`` (twilio-python's domain-level name)."""
        return self.v2.operator_type

    @property
    def operators(self) -> OperatorList:
        """``v2.operators`` (twilio-python's domain-level name)."""
        return self.v2.operators

    @property
    def prebuilt_operators(self) -> PrebuiltOperatorList:
        """``v2.prebuilt_operators`` (twilio-python's domain-level name)."""
        return self.v2.prebuilt_operators

    @property
    def services(self) -> ServiceList:
        """``v2.services`` (twilio-python's domain-level name)."""
        return self.v2.services

    @property
    def transcripts(self) -> TranscriptList:
        """``v2.transcripts`` (twilio-python's domain-level name)."""
        return self.v2.transcripts
