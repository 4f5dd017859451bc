# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginConfiguration resources (``plugin_configurations``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

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
    from .plugin_configurations_plugins import ConfiguredPluginList
    from .types.plugin_configurations import PluginConfiguration

_TYPES = Models(__package__, ".types.plugin_configurations")
_MODEL = _TYPES("PluginConfiguration")
_LIST_PATH = "/v1/PluginService/Configurations"
_INSTANCE_PATH = "/v1/PluginService/Configurations/{0}"
_CREATE: Operation[PluginConfiguration] = Operation(
    "plugin_configurations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("flex_metadata", "Flex-Metadata", HEADER, "string"),
    P("name", "Name", FORM, "string", required=True),
    P("plugins", "Plugins", FORM, "object", many=True),
    P("description", "Description", FORM, "string"),
)
_LIST: Operation[PluginConfiguration] = Operation(
    "plugin_configurations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="configurations",
    model=_MODEL,
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))
_FETCH: Operation[PluginConfiguration] = Operation(
    "plugin_configurations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginConfigurationCreateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN
    name: str
    plugins: Sequence[Any] | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN


class PluginConfigurationFilters(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginConfigurationListArgs(PluginConfigurationFilters, ListArgs): ...


class PluginConfigurationPageArgs(PluginConfigurationFilters, PageArgs): ...


class PluginConfigurationFetchArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginConfigurationContext(InstanceContext):
    """One PluginConfiguration: ``/v1/PluginService/Configurations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        PluginConfigurationFetchArgs,
        """Fetch this PluginConfiguration: ``GET /v1/PluginService/Configurations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FJ[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginConfiguration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this PluginConfiguration: ``GET /v1/PluginService/Configurations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FJ[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginConfiguration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    plugins: Child[ConfiguredPluginList] = Child(
        ".plugin_configurations_plugins", "ConfiguredPluginList"
    )


class PluginConfigurationList(KeyedList[PluginConfigurationContext]):
    """PluginConfiguration collection: ``/v1/PluginService/Configurations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FJ[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        PluginConfigurationCreateArgs,
        """Create a PluginConfiguration: ``POST /v1/PluginService/Configurations``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        plugins (Sequence[Any]): ``Plugins``; list<object>; optional.
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginConfiguration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a PluginConfiguration: ``POST /v1/PluginService/Configurations``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        plugins (Sequence[Any]): ``Plugins``; list<object>; optional.
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginConfiguration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        PluginConfigurationListArgs,
        """List PluginConfiguration resources, every page up to ``limit`` items: ``GET /v1/PluginService/Configurations``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginConfiguration]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List PluginConfiguration resources, every page up to ``limit`` items: ``GET /v1/PluginService/Configurations``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginConfiguration]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        PluginConfigurationListArgs,
        """Stream PluginConfiguration resources, one page in memory at a time: ``GET /v1/PluginService/Configurations``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginConfiguration.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream PluginConfiguration resources, one page in memory at a time: ``GET /v1/PluginService/Configurations``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginConfiguration.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PluginConfigurationPageArgs,
        """One page of PluginConfiguration resources (``next_page()`` moves on): ``GET /v1/PluginService/Configurations``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginConfiguration]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of PluginConfiguration resources (``next_page()`` moves on): ``GET /v1/PluginService/Configurations``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginConfiguration]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
