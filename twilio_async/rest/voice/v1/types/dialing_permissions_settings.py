# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Settings models (``dialing_permissions.settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..dialing_permissions_settings import SettingsContext


class Settings(InstanceModel["SettingsContext"]):
    """A Settings as returned by the API."""

    dialing_permissions_inheritance: bool | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SettingsContext.fetch
        update: ClassVar = SettingsContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..dialing_permissions_settings import SettingsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
