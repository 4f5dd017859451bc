# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""Setting models (``settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..settings import SettingContext


class Setting(InstanceModel["SettingContext"]):
    """A Setting as returned by the API."""

    friendly_name: str | None = None
    enabled: bool | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SettingContext.fetch
        update: ClassVar = SettingContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..settings import SettingContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
