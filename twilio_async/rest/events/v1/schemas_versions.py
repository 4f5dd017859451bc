# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SchemaVersion resources (``schemas.versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.schemas_versions import SchemaVersion

_TYPES = Models(__package__, ".types.schemas_versions")
_MODEL = _TYPES("SchemaVersion")
_LIST_PATH = "/v1/Schemas/{0}/Versions"
_INSTANCE_PATH = "/v1/Schemas/{0}/Versions/{1}"
_LIST: Operation[SchemaVersion] = Operation(
    "versions.list", "GET", _LIST_PATH, body="none", list_key="schema_versions", model=_MODEL
)
_FETCH: Operation[SchemaVersion] = Operation(
    "versions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SchemaVersionContext(InstanceContext):
    """One SchemaVersion: ``/v1/Schemas/{Id}/Versions/{SchemaVersion}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SchemaVersion: ``GET /v1/Schemas/{Id}/Versions/{SchemaVersion}``.

    The instance is addressed by ``{SchemaVersion}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SchemaVersion

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Fetch this SchemaVersion: ``GET /v1/Schemas/{Id}/Versions/{SchemaVersion}``.

    The instance is addressed by ``{SchemaVersion}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SchemaVersion

    Twilio docs: https://www.twilio.com/docs/events
    """


class SchemaVersionList(KeyedList[SchemaVersionContext]):
    """SchemaVersion collection: ``/v1/Schemas/{Id}/Versions``."""

    __slots__ = ()
    _key = ("SchemaVersion", "schema_version", None)
    list = _LIST.list_method(
        ListArgs,
        """List SchemaVersion resources, every page up to ``limit`` items: ``GET /v1/Schemas/{Id}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SchemaVersion]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """List SchemaVersion resources, every page up to ``limit`` items: ``GET /v1/Schemas/{Id}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SchemaVersion]

    Twilio docs: https://www.twilio.com/docs/events
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SchemaVersion resources, one page in memory at a time: ``GET /v1/Schemas/{Id}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SchemaVersion.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Stream SchemaVersion resources, one page in memory at a time: ``GET /v1/Schemas/{Id}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SchemaVersion.

    Twilio docs: https://www.twilio.com/docs/events
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SchemaVersion resources (``next_page()`` moves on): ``GET /v1/Schemas/{Id}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SchemaVersion]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """One page of SchemaVersion resources (``next_page()`` moves on): ``GET /v1/Schemas/{Id}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SchemaVersion]

    Twilio docs: https://www.twilio.com/docs/events
    """
