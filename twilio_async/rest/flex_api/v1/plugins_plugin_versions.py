# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""PluginVersions resources (``plugins.plugin_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

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
    from .plugins_plugin_versions_plugin_version_archive import PluginVersionArchiveList
    from .types.plugins_plugin_versions import PluginVersions

_TYPES = Models(__package__, ".types.plugins_plugin_versions")
_MODEL = _TYPES("PluginVersions")
_LIST_PATH = "/v1/PluginService/Plugins/{0}/Versions"
_INSTANCE_PATH = "/v1/PluginService/Plugins/{0}/Versions/{1}"
_CREATE: Operation[PluginVersions] = Operation(
    "plugin_versions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("flex_metadata", "Flex-Metadata", HEADER, "string"),
    P("version", "Version", FORM, "string", required=True),
    P("plugin_url", "PluginUrl", FORM, "string", required=True),
    P("changelog", "Changelog", FORM, "string"),
    P("private", "Private", FORM, "boolean"),
    P("cli_version", "CliVersion", FORM, "string"),
    P("validate_status", "ValidateStatus", FORM, "string"),
)
_LIST: Operation[PluginVersions] = Operation(
    "plugin_versions.list", "GET", _LIST_PATH, body="none", list_key="plugin_versions", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))
_FETCH: Operation[PluginVersions] = Operation(
    "plugin_versions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("flex_metadata", "Flex-Metadata", HEADER, "string"))


class PluginVersionsCreateArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN
    version: str | NotGiven = NOT_GIVEN
    plugin_url: str
    changelog: str | NotGiven = NOT_GIVEN
    private: bool | NotGiven = NOT_GIVEN
    cli_version: str | NotGiven = NOT_GIVEN
    validate_status: str | NotGiven = NOT_GIVEN
    resource_version: str | NotGiven = NOT_GIVEN
    _aliases: ClassVar[dict[str, str]] = {"resource_version": "version"}


class PluginVersionsFilters(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginVersionsListArgs(PluginVersionsFilters, ListArgs): ...


class PluginVersionsPageArgs(PluginVersionsFilters, PageArgs): ...


class PluginVersionsFetchArgs(Args):
    flex_metadata: str | NotGiven = NOT_GIVEN


class PluginVersionsContext(InstanceContext):
    """One PluginVersions: ``/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        PluginVersionsFetchArgs,
        """Fetch this PluginVersions: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginVersions

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this PluginVersions: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginVersions

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    plugin_version_archive: Child[PluginVersionArchiveList] = Child(
        ".plugins_plugin_versions_plugin_version_archive", "PluginVersionArchiveList"
    )


class PluginVersionsList(KeyedList[PluginVersionsContext]):
    """PluginVersions collection: ``/v1/PluginService/Plugins/{PluginSid}/Versions``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        PluginVersionsCreateArgs,
        """Create a PluginVersions: ``POST /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        version (str): ``Version``; string; required.
        plugin_url (str): ``PluginUrl``; uri; required.
        changelog (str): ``Changelog``; string; optional.
        private (bool): ``Private``; boolean; optional.
        cli_version (str): ``CliVersion``; string; optional.
        validate_status (str): ``ValidateStatus``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginVersions

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a PluginVersions: ``POST /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the form body unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        version (str): ``Version``; string; required.
        plugin_url (str): ``PluginUrl``; uri; required.
        changelog (str): ``Changelog``; string; optional.
        private (bool): ``Private``; boolean; optional.
        cli_version (str): ``CliVersion``; string; optional.
        validate_status (str): ``ValidateStatus``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PluginVersions

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        PluginVersionsListArgs,
        """List PluginVersions resources, every page up to ``limit`` items: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginVersions]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List PluginVersions resources, every page up to ``limit`` items: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PluginVersions]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        PluginVersionsListArgs,
        """Stream PluginVersions resources, one page in memory at a time: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginVersions.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream PluginVersions resources, one page in memory at a time: ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PluginVersions.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        PluginVersionsPageArgs,
        """One page of PluginVersions resources (``next_page()`` moves on): ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginVersions]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of PluginVersions resources (``next_page()`` moves on): ``GET /v1/PluginService/Plugins/{PluginSid}/Versions``.

    Parameters are sent in the query string unless noted.

    Args:
        flex_metadata (str): ``Flex-Metadata``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PluginVersions]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
