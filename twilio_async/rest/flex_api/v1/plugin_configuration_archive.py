# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginConfigurationArchive resources (``plugin_configuration_archive``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import HEADER, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.plugin_configuration_archive import PluginConfigurationArchive

_TYPES = Models(__package__, ".types.plugin_configuration_archive")
_MODEL = _TYPES("PluginConfigurationArchive")
_INSTANCE_PATH = "/v1/PluginService/Configurations/{0}/Archive"
_UPDATE: Operation[PluginConfigurationArchive] = Operation(
    "plugin_configuration_archive.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginConfigurationArchiveUpdateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginConfigurationArchiveContext(InstanceContext):
    """One PluginConfigurationArchive: ``/v1/PluginService/Configurations/{Sid}/Archive``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        PluginConfigurationArchiveUpdateArgs,
        """Update this PluginConfigurationArchive: ``POST /v1/PluginService/Configurations/{Sid}/Archive``.

    The instance is addressed by ``{Sid}``, matching ``^FJ[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginConfigurationArchive

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this PluginConfigurationArchive: ``POST /v1/PluginService/Configurations/{Sid}/Archive``.

    The instance is addressed by ``{Sid}``, matching ``^FJ[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginConfigurationArchive

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class PluginConfigurationArchiveList(KeyedList[PluginConfigurationArchiveContext]):
    """PluginConfigurationArchive collection."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FJ[0-9a-fA-F]{32}$")
