# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""ConfiguredPlugin models (``plugin_configurations.plugins``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..plugin_configurations_plugins import ConfiguredPluginContext


class ConfiguredPlugin(InstanceModel["ConfiguredPluginContext"]):
    """A ConfiguredPlugin as returned by the API."""

    account_sid: str | None = None
    configuration_sid: str | None = None
    plugin_sid: str
    plugin_version_sid: str | None = None
    phase: WireInt | None = None
    plugin_url: str | None = None
    unique_name: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    plugin_archived: bool | None = None
    version: str | None = None
    changelog: str | None = None
    plugin_version_archived: bool | None = None
    private: bool | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "plugin_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConfiguredPluginContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..plugin_configurations_plugins import ConfiguredPluginContext  # noqa: F401
    else:
        fetch = FromContext()
