# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""ConfiguredPlugin resources (``plugin_configurations.plugins``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    HEADER,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.plugin_configurations_plugins import ConfiguredPlugin

_TYPES = Models(__package__, ".types.plugin_configurations_plugins")
_MODEL = _TYPES("ConfiguredPlugin")
_LIST_PATH = "/v1/PluginService/Configurations/{0}/Plugins"
_INSTANCE_PATH = "/v1/PluginService/Configurations/{0}/Plugins/{1}"
_LIST: Operation[ConfiguredPlugin] = Operation(
    "plugins.list", "GET", _LIST_PATH, body="none", list_key="plugins", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))
_FETCH: Operation[ConfiguredPlugin] = Operation(
    "plugins.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class ConfiguredPluginFilters(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class ConfiguredPluginListArgs(ConfiguredPluginFilters, ListArgs): ...


class ConfiguredPluginPageArgs(ConfiguredPluginFilters, PageArgs): ...


class ConfiguredPluginFetchArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class ConfiguredPluginContext(InstanceContext):
    """One ConfiguredPlugin: ``/v1/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        ConfiguredPluginFetchArgs,
        """Fetch this ConfiguredPlugin: ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}``.

    The instance is addressed by ``{PluginSid}``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfiguredPlugin

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this ConfiguredPlugin: ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}``.

    The instance is addressed by ``{PluginSid}``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfiguredPlugin

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class ConfiguredPluginList(KeyedList[ConfiguredPluginContext]):
    """ConfiguredPlugin collection: ``/v1/PluginService/Configurations/{ConfigurationSid}/Plugins``."""

    __slots__ = ()
    _key = ("PluginSid", "plugin_sid", None)
    list = _LIST.list_method(
        ConfiguredPluginListArgs,
        """List ConfiguredPlugin resources, every page up to ``limit`` items: ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConfiguredPlugin]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List ConfiguredPlugin resources, every page up to ``limit`` items: ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConfiguredPlugin]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        ConfiguredPluginListArgs,
        """Stream ConfiguredPlugin resources, one page in memory at a time: ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConfiguredPlugin.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream ConfiguredPlugin resources, one page in memory at a time: ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConfiguredPlugin.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        ConfiguredPluginPageArgs,
        """One page of ConfiguredPlugin resources (``next_page()`` moves on): ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConfiguredPlugin]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of ConfiguredPlugin resources (``next_page()`` moves on): ``GET /v1/PluginService/Configurations/{ConfigurationSid}/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConfiguredPlugin]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
