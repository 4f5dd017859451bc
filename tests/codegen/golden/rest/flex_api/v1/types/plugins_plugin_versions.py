# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""PluginVersion models (``plugins.plugin_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._models import InstanceModel

if TYPE_CHECKING:
    from ..plugins_plugin_versions import PluginVersionContext


class PluginVersion(InstanceModel["PluginVersionContext"]):
    """A PluginVersion as returned by the API."""

    sid: str
    version: str | None = None

    _key_field = "sid"

    if TYPE_CHECKING:

        @property
        def _context(self) -> PluginVersionContext: ...
