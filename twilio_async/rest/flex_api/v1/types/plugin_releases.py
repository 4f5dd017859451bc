# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginRelease models (``plugin_releases``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..plugin_releases import PluginReleaseContext


class PluginRelease(InstanceModel["PluginReleaseContext"]):
    """A PluginRelease as returned by the API."""

    sid: str
    account_sid: str | None = None
    configuration_sid: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PluginReleaseContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..plugin_releases import PluginReleaseContext  # noqa: F401
    else:
        fetch = FromContext()
