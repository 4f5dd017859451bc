# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""RateLimits models (``rate_limits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..rate_limits import RateLimitsContext


class RateLimits(InstanceModel["RateLimitsContext"]):
    """A RateLimits as returned by the API."""

    pass

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RateLimitsContext.fetch
        fields_: ClassVar = RateLimitsContext.fields_

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rate_limits import RateLimitsContext  # noqa: F401
    else:
        fetch = FromContext()
        fields_ = FromContext()
