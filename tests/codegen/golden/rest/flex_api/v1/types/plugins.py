# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""Plugin models (``plugins``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..plugins import PluginContext


class Plugin(InstanceModel["PluginContext"]):
    """A Plugin as returned by the API."""

    sid: str
    unique_name: str | None = None
    archived: bool | None = None
    date_created: IsoDateTime | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PluginContext.fetch
        plugin_versions: ClassVar = PluginContext.plugin_versions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..plugins import PluginContext  # noqa: F401
    else:
        fetch = FromContext()
        plugin_versions = FromContext()
