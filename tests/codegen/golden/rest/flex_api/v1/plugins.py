# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""Plugin resources (``plugins``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    Args,
    Child,
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
    from .plugins_plugin_versions import PluginVersionList
    from .types.plugins import Plugin

_TYPES = Models(__package__, ".types.plugins")
_MODEL = _TYPES("Plugin")
_LIST_PATH = "/v1/PluginService/Plugins"
_INSTANCE_PATH = "/v1/PluginService/Plugins/{0}"
_CREATE: Operation[Plugin] = Operation(
    "plugins.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("flex_metadata", "Flex-Metadata", HEADER, "string"),
    P("unique_name", "UniqueName", FORM, "string", required=True),
)
_LIST: Operation[Plugin] = Operation(
    "plugins.list", "GET", _LIST_PATH, body="none", list_key="plugins", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))
_FETCH: Operation[Plugin] = Operation(
    "plugins.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginCreateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN
    unique_name: str


class PluginFilters(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginListArgs(PluginFilters, ListArgs): ...


class PluginPageArgs(PluginFilters, PageArgs): ...


class PluginFetchArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginContext(InstanceContext):
    """One Plugin: ``/v1/PluginService/Plugins/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        PluginFetchArgs,
        """Fetch this Plugin: ``GET /v1/PluginService/Plugins/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FP[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Plugin
    """,
    )
    """Fetch this Plugin: ``GET /v1/PluginService/Plugins/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FP[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Plugin
    """
    plugin_versions: Child[PluginVersionList] = Child(
        ".plugins_plugin_versions", "PluginVersionList"
    )


class PluginList(KeyedList[PluginContext]):
    """Plugin collection: ``/v1/PluginService/Plugins``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FP[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        PluginCreateArgs,
        """Create a Plugin: ``POST /v1/PluginService/Plugins``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        unique_name (str): ``UniqueName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Plugin
    """,
    )
    """Create a Plugin: ``POST /v1/PluginService/Plugins``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        unique_name (str): ``UniqueName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Plugin
    """
    list = _LIST.list_method(
        PluginListArgs,
        """List Plugin resources, every page up to ``limit`` items: ``GET /v1/PluginService/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Plugin]
    """,
    )
    """List Plugin resources, every page up to ``limit`` items: ``GET /v1/PluginService/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Plugin]
    """
    stream = _LIST.stream_method(
        PluginListArgs,
        """Stream Plugin resources, one page in memory at a time: ``GET /v1/PluginService/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Plugin.
    """,
    )
    """Stream Plugin resources, one page in memory at a time: ``GET /v1/PluginService/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Plugin.
    """
    page = _LIST.page_method(
        PluginPageArgs,
        """One page of Plugin resources (``next_page()`` moves on): ``GET /v1/PluginService/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Plugin]
    """,
    )
    """One page of Plugin resources (``next_page()`` moves on): ``GET /v1/PluginService/Plugins``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Plugin]
    """
