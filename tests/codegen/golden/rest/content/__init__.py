# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""The content domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.contents import ContentList
    from .v1.settings import SettingList


class Content(Domain):
    """The ``content.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def contents(self) -> ContentList:
        """``v1.contents`` (twilio-python's domain-level name)."""
        return self.v1.contents

    @property
    def settings(self) -> SettingList:
        """``v1.settings`` (twilio-python's domain-level name)."""
        return self.v1.settings
