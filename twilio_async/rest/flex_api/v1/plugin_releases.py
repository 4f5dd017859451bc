# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginRelease resources (``plugin_releases``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.plugin_releases import PluginRelease

_TYPES = Models(__package__, ".types.plugin_releases")
_MODEL = _TYPES("PluginRelease")
_LIST_PATH = "/v1/PluginService/Releases"
_INSTANCE_PATH = "/v1/PluginService/Releases/{0}"
_CREATE: Operation[PluginRelease] = Operation(
    "plugin_releases.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("flex_metadata", "Flex-Metadata", HEADER, "string"),
    P("configuration_id", "ConfigurationId", FORM, "string", required=True),
)
_LIST: Operation[PluginRelease] = Operation(
    "plugin_releases.list", "GET", _LIST_PATH, body="none", list_key="releases", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))
_FETCH: Operation[PluginRelease] = Operation(
    "plugin_releases.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginReleaseCreateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN
    configuration_id: str


class PluginReleaseFilters(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginReleaseListArgs(PluginReleaseFilters, ListArgs): ...


class PluginReleasePageArgs(PluginReleaseFilters, PageArgs): ...


class PluginReleaseFetchArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginReleaseContext(InstanceContext):
    """One PluginRelease: ``/v1/PluginService/Releases/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        PluginReleaseFetchArgs,
        """Fetch this PluginRelease: ``GET /v1/PluginService/Releases/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginRelease

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this PluginRelease: ``GET /v1/PluginService/Releases/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginRelease

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class PluginReleaseList(KeyedList[PluginReleaseContext]):
    """PluginRelease collection: ``/v1/PluginService/Releases``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        PluginReleaseCreateArgs,
        """Create a PluginRelease: ``POST /v1/PluginService/Releases``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        configuration_id (str): ``ConfigurationId``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginRelease

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a PluginRelease: ``POST /v1/PluginService/Releases``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        configuration_id (str): ``ConfigurationId``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginRelease

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        PluginReleaseListArgs,
        """List PluginRelease resources, every page up to ``limit`` items: ``GET /v1/PluginService/Releases``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginRelease]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List PluginRelease resources, every page up to ``limit`` items: ``GET /v1/PluginService/Releases``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginRelease]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        PluginReleaseListArgs,
        """Stream PluginRelease resources, one page in memory at a time: ``GET /v1/PluginService/Releases``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginRelease.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream PluginRelease resources, one page in memory at a time: ``GET /v1/PluginService/Releases``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginRelease.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PluginReleasePageArgs,
        """One page of PluginRelease resources (``next_page()`` moves on): ``GET /v1/PluginService/Releases``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginRelease]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of PluginRelease resources (``next_page()`` moves on): ``GET /v1/PluginService/Releases``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginRelease]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
