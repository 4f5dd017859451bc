# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginConfigurationArchive models (``plugin_configuration_archive``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..plugin_configuration_archive import PluginConfigurationArchiveContext


class PluginConfigurationArchive(InstanceModel["PluginConfigurationArchiveContext"]):
    """A PluginConfigurationArchive as returned by the API."""

    sid: str
    account_sid: str | None = None
    name: str | None = None
    description: str | None = None
    archived: bool | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = PluginConfigurationArchiveContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..plugin_configuration_archive import PluginConfigurationArchiveContext  # noqa: F401
    else:
        update = FromContext()
