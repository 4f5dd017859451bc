# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""The flex-api domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.configuration import ConfigurationList
    from .v1.plugins import PluginList


class FlexApi(Domain):
    """The ``flex-api.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def configuration(self) -> ConfigurationList:
        """``v1.configuration`` (twilio-python's domain-level name)."""
        return self.v1.configuration

    @property
    def plugins(self) -> PluginList:
        """``v1.plugins`` (twilio-python's domain-level name)."""
        return self.v1.plugins
