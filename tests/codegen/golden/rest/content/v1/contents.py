# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""Content resources (``contents``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    QUERY,
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
    from .types.contents import Content

_TYPES = Models(__package__, ".types.contents")
_MODEL = _TYPES("Content")
_LIST_PATH = "/v1/Content"
_INSTANCE_PATH = "/v1/Content/{0}"
_CREATE: Operation[Content] = Operation(
    "contents.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object", required=True))
_LIST: Operation[Content] = Operation(
    "contents.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
).with_params(P("language", "Language", QUERY, "string"))
_FETCH: Operation[Content] = Operation(
    "contents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Content] = Operation(
    "contents.update", "PATCH", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("friendly_name", "friendly_name", JSON, "string"),
    P("variables", "variables", JSON, "object"),
    P("tags", "tags", JSON, "string", many=True),
)
_DELETE: Operation[None] = Operation("contents.delete", "DELETE", _INSTANCE_PATH, body="none")


class ContentCreateArgs(Args):
    body: Any


class ContentFilters(Args):
    language: str | NotGiven = NOT_GIVEN


class ContentListArgs(ContentFilters, ListArgs): ...


class ContentPageArgs(ContentFilters, PageArgs): ...


class ContentUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    variables: Any | NotGiven = NOT_GIVEN
    tags: Sequence[str] | NotGiven = NOT_GIVEN


class ContentContext(InstanceContext):
    """One Content: ``/v1/Content/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Content: ``GET /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content
    """,
    )
    """Fetch this Content: ``GET /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content
    """
    update = _UPDATE.call_method(
        ContentUpdateArgs,
        """Update this Content: ``PATCH /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; optional.
        variables (Any): ``variables``; object; optional.
        tags (Sequence[str]): ``tags``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content
    """,
    )
    """Update this Content: ``PATCH /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; optional.
        variables (Any): ``variables``; object; optional.
        tags (Sequence[str]): ``tags``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Content: ``DELETE /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.
    """,
    )
    """Delete this Content: ``DELETE /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.
    """


class ContentList(KeyedList[ContentContext]):
    """Content collection: ``/v1/Content``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HX[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ContentCreateArgs,
        """Create a Content: ``POST /v1/Content``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content
    """,
    )
    """Create a Content: ``POST /v1/Content``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content
    """
    list = _LIST.list_method(
        ContentListArgs,
        """List Content resources, every page up to ``limit`` items: ``GET /v1/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        language (str): ``Language``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Content]
    """,
    )
    """List Content resources, every page up to ``limit`` items: ``GET /v1/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        language (str): ``Language``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Content]
    """
    stream = _LIST.stream_method(
        ContentListArgs,
        """Stream Content resources, one page in memory at a time: ``GET /v1/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        language (str): ``Language``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Content.
    """,
    )
    """Stream Content resources, one page in memory at a time: ``GET /v1/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        language (str): ``Language``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Content.
    """
    page = _LIST.page_method(
        ContentPageArgs,
        """One page of Content resources (``next_page()`` moves on): ``GET /v1/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        language (str): ``Language``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Content]
    """,
    )
    """One page of Content resources (``next_page()`` moves on): ``GET /v1/Content``.

    Parameters are sent in the query string unless noted.

    Args:
        language (str): ``Language``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Content]
    """
