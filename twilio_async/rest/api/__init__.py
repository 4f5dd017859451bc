# Generated from specs/api_v2008.yaml, specs/api_v2010.yaml by `make codegen`; do not edit.
"""The api domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2008 import V2008
    from .v2010 import V2010


class Api(Domain):
    """The ``api.twilio.com`` domain."""

    @cached_property
    def v2008(self) -> V2008:
        """API version v2008."""
        from .v2008 import V2008

        return V2008(self._host)

    @cached_property
    def v2010(self) -> V2010:
        """API version v2010."""
        from .v2010 import V2010

        return V2010(self._host)
