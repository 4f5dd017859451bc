# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginVersions models (``plugins.plugin_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..plugins_plugin_versions import PluginVersionsContext


class PluginVersions(InstanceModel["PluginVersionsContext"]):
    """A PluginVersions as returned by the API."""

    sid: str
    plugin_sid: str | None = None
    account_sid: str | None = None
    version: str | None = None
    plugin_url: str | None = None
    changelog: str | None = None
    private: bool | None = None
    archived: bool | None = None
    validated: bool | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PluginVersionsContext.fetch
        plugin_version_archive: ClassVar = PluginVersionsContext.plugin_version_archive

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..plugins_plugin_versions import PluginVersionsContext  # noqa: F401
    else:
        fetch = FromContext()
        plugin_version_archive = FromContext()
