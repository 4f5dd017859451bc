# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""flex-api v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .configuration import ConfigurationList
    from .plugins import PluginList


class V1(Version):
    """``flex-api`` v1 (json-v1)."""

    domain = "flex-api"
    dialect_name = "json-v1"
    configuration: Root[ConfigurationList] = Root(".configuration", "ConfigurationList")
    plugins: Root[PluginList] = Root(".plugins", "PluginList")
