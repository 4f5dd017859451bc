# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""Status models (``status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..status import StatusContext


class Status(InstanceModel["StatusContext"]):
    """A Status as returned by the API."""

    pass

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = StatusContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..status import StatusContext  # noqa: F401
    else:
        update = FromContext()
