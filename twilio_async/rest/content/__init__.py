# Generated from specs/content_v1.yaml, specs/content_v2.yaml by `make codegen`; do not edit.
"""The content domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.legacy_contents import LegacyContentList
    from .v2 import V2
    from .v2.content_and_approvals import ContentAndApprovalsList
    from .v2.contents import ContentList


class Content(Domain):
    """The ``content.twilio.com`` domain."""

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
    def content_and_approvals(self) -> ContentAndApprovalsList:
        """``v2.content_and_approvals`` (twilio-python's domain-level name)."""
        return self.v2.content_and_approvals

    @property
    def contents(self) -> ContentList:
        """``v2.contents`` (twilio-python's domain-level name)."""
        return self.v2.contents

    @property
    def legacy_contents(self) -> LegacyContentList:
        """``v1.legacy_contents`` (twilio-python's domain-level name)."""
        return self.v1.legacy_contents
