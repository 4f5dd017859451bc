# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""PluginVersion resources (``plugins.plugin_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import InstanceContext, KeyedList, ListArgs, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.plugins_plugin_versions import PluginVersion

_TYPES = Models(__package__, ".types.plugins_plugin_versions")
_MODEL = _TYPES("PluginVersion")
_LIST_PATH = "/v1/PluginService/Plugins/{0}/Versions"
_LIST: Operation[PluginVersion] = Operation(
    "plugin_versions.list", "GET", _LIST_PATH, body="none", list_key="plugin_versions", model=_MODEL
)


class PluginVersionContext(InstanceContext):
    """One PluginVersion: ``/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}``."""

    __slots__ = ()


class PluginVersionList(KeyedList[PluginVersionContext]):
    """PluginVersion collection: ``/v1/PluginService/Plugins/{PluginSid}/Versions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FV[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List PluginVersion resources, every page up to ``limit`` items: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginVersion]
    """,
    )
    """List PluginVersion resources, every page up to ``limit`` items: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginVersion]
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream PluginVersion resources, one page in memory at a time: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginVersion.
    """,
    )
    """Stream PluginVersion resources, one page in memory at a time: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginVersion.
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of PluginVersion resources (``next_page()`` moves on): ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginVersion]
    """,
    )
    """One page of PluginVersion resources (``next_page()`` moves on): ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginVersion]
    """
