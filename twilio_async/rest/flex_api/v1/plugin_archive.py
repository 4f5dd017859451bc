# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginArchive resources (``plugin_archive``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import HEADER, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.plugin_archive import PluginArchive

_TYPES = Models(__package__, ".types.plugin_archive")
_MODEL = _TYPES("PluginArchive")
_INSTANCE_PATH = "/v1/PluginService/Plugins/{0}/Archive"
_UPDATE: Operation[PluginArchive] = Operation(
    "plugin_archive.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginArchiveUpdateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginArchiveContext(InstanceContext):
    """One PluginArchive: ``/v1/PluginService/Plugins/{Sid}/Archive``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        PluginArchiveUpdateArgs,
        """Update this PluginArchive: ``POST /v1/PluginService/Plugins/{Sid}/Archive``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginArchive

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this PluginArchive: ``POST /v1/PluginService/Plugins/{Sid}/Archive``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginArchive

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class PluginArchiveList(KeyedList[PluginArchiveContext]):
    """PluginArchive collection."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
