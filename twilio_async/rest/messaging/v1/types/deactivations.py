# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Deactivations models (``deactivations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..deactivations import DeactivationsContext


class Deactivations(InstanceModel["DeactivationsContext"]):
    """A Deactivations as returned by the API."""

    redirect_to: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DeactivationsContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..deactivations import DeactivationsContext  # noqa: F401
    else:
        fetch = FromContext()
