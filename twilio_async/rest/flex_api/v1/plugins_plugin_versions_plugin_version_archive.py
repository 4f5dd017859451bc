# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginVersionArchive resources (``plugins.plugin_versions.plugin_version_archive``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    HEADER,
    Args,
    InstanceContext,
    Models,
    Operation,
    P,
    SingletonList,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.plugins_plugin_versions_plugin_version_archive import PluginVersionArchive

_TYPES = Models(__package__, ".types.plugins_plugin_versions_plugin_version_archive")
_MODEL = _TYPES("PluginVersionArchive")
_INSTANCE_PATH = "/v1/PluginService/Plugins/{0}/Versions/{1}/Archive"
_UPDATE: Operation[PluginVersionArchive] = Operation(
    "plugin_version_archive.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginVersionArchiveUpdateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginVersionArchiveContext(InstanceContext):
    """One PluginVersionArchive: ``/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        PluginVersionArchiveUpdateArgs,
        """Update this PluginVersionArchive: ``POST /v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginVersionArchive

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this PluginVersionArchive: ``POST /v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginVersionArchive

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class PluginVersionArchiveList(SingletonList[PluginVersionArchiveContext]):
    """PluginVersionArchive collection."""

    __slots__ = ()
