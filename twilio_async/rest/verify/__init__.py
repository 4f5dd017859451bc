# Generated from specs/verify_v2.yaml, specs/verify_v3.yaml by `make codegen`; do not edit.
"""The verify domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v2 import V2
    from .v2.forms import FormList
    from .v2.safelist import SafelistList
    from .v2.services import ServiceList
    from .v2.templates import VerificationTemplateList
    from .v2.verification_attempts import VerificationAttemptList
    from .v2.verification_attempts_summary import VerificationAttemptsSummaryList
    from .v3 import V3


class Verify(Domain):
    """The ``verify.twilio.com`` domain."""

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @cached_property
    def v3(self) -> V3:
        """API version v3."""
        from .v3 import V3

        return V3(self._host)

    @property
    def forms(self) -> FormList:
        """``v2.forms`` (twilio-python's domain-level name)."""
        return self.v2.forms

    @property
    def safelist(self) -> SafelistList:
        """``v2.safelist`` (twilio-python's domain-level name)."""
        return self.v2.safelist

    @property
    def services(self) -> ServiceList:
        """``v2.services`` (twilio-python's domain-level name)."""
        return self.v2.services

    @property
    def templates(self) -> VerificationTemplateList:
        """``v2.templates`` (twilio-python's domain-level name)."""
        return self.v2.templates

    @property
    def verification_attempts(self) -> VerificationAttemptList:
        """``v2.verification_attempts`` (twilio-python's domain-level name)."""
        return self.v2.verification_attempts

    @property
    def verification_attempts_summary(self) -> VerificationAttemptsSummaryList:
        """``v2.verification_attempts_summary`` (twilio-python's domain-level name)."""
        return self.v2.verification_attempts_summary
