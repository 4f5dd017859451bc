# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginRelease models (``plugin_releases``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import InstanceModel

from ..plugin_releases import PluginReleaseContext


class PluginRelease(InstanceModel[PluginReleaseContext]):
    """A PluginRelease as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    configuration_sid: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    fetch: ClassVar = PluginReleaseContext.fetch
