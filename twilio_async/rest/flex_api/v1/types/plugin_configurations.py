# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginConfiguration models (``plugin_configurations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..plugin_configurations import PluginConfigurationContext


class PluginConfiguration(InstanceModel["PluginConfigurationContext"]):
    """A PluginConfiguration as returned by the API."""

    sid: str
    account_sid: str | None = None
    name: str | None = None
    description: str | None = None
    archived: bool | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PluginConfigurationContext.fetch
        plugins: ClassVar = PluginConfigurationContext.plugins

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..plugin_configurations import PluginConfigurationContext  # noqa: F401
    else:
        fetch = FromContext()
        plugins = FromContext()
