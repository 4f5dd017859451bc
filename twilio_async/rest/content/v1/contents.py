# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""Content resources (``contents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
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
    from .contents_approval_create import ApprovalCreateList
    from .contents_approval_fetch import ApprovalFetchList
    from .types.contents import Content

_TYPES = Models(__package__, ".types.contents")
_MODEL = _TYPES("Content")
_LIST_PATH = "/v1/Content"
_INSTANCE_PATH = "/v1/Content/{0}"
_CREATE: Operation[Content] = Operation(
    "contents.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("friendly_name", "friendly_name", JSON, "string"),
    P("variables", "variables", JSON, "object"),
    P("language", "language", JSON, "string", required=True),
    P("types", "types", JSON, "object", required=True),
)
_LIST: Operation[Content] = Operation(
    "contents.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
)
_FETCH: Operation[Content] = Operation(
    "contents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Content] = Operation(
    "contents.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("friendly_name", "friendly_name", JSON, "string"),
    P("variables", "variables", JSON, "object"),
    P("language", "language", JSON, "string"),
    P("types", "types", JSON, "object", required=True),
)
_DELETE: Operation[None] = Operation("contents.delete", "DELETE", _INSTANCE_PATH, body="none")


class ContentCreateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    variables: Any | NotGiven = NOT_GIVEN
    language: str
    types: Any


class ContentUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    variables: Any | NotGiven = NOT_GIVEN
    language: str | NotGiven = NOT_GIVEN
    types: Any


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

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Fetch this Content: ``GET /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content

    Twilio docs: https://www.twilio.com/docs/content
    """
    update = _UPDATE.call_method(
        ContentUpdateArgs,
        """Update this Content: ``PUT /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; optional.
        variables (Any): ``variables``; object; optional.
        language (str): ``language``; string; optional.
        types (Any): ``types``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Update this Content: ``PUT /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; optional.
        variables (Any): ``variables``; object; optional.
        language (str): ``language``; string; optional.
        types (Any): ``types``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content

    Twilio docs: https://www.twilio.com/docs/content
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Content: ``DELETE /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Delete this Content: ``DELETE /v1/Content/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/content
    """
    approval_create: Child[ApprovalCreateList] = Child(
        ".contents_approval_create", "ApprovalCreateList"
    )
    approval_fetch: Child[ApprovalFetchList] = Child(
        ".contents_approval_fetch", "ApprovalFetchList"
    )


class ContentList(KeyedList[ContentContext]):
    """Content collection: ``/v1/Content``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HX[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ContentCreateArgs,
        """Create a Content: ``POST /v1/Content``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; optional.
        variables (Any): ``variables``; object; optional.
        language (str): ``language``; string; required.
        types (Any): ``types``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Create a Content: ``POST /v1/Content``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; optional.
        variables (Any): ``variables``; object; optional.
        language (str): ``language``; string; required.
        types (Any): ``types``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Content

    Twilio docs: https://www.twilio.com/docs/content
    """
    list = _LIST.list_method(
        ListArgs,
        """List Content resources, every page up to ``limit`` items: ``GET /v1/Content``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """List Content resources, every page up to ``limit`` items: ``GET /v1/Content``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Content resources, one page in memory at a time: ``GET /v1/Content``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Content.

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Stream Content resources, one page in memory at a time: ``GET /v1/Content``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Content.

    Twilio docs: https://www.twilio.com/docs/content
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Content resources (``next_page()`` moves on): ``GET /v1/Content``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """One page of Content resources (``next_page()`` moves on): ``GET /v1/Content``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Content]

    Twilio docs: https://www.twilio.com/docs/content
    """
