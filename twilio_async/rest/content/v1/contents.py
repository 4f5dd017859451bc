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
    fetch = _FETCH.call_method(Args)
    """Fetch this Content: ``GET /v1/Content/{Sid}``."""
    update = _UPDATE.call_method(ContentUpdateArgs)
    """Update this Content: ``PUT /v1/Content/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Content: ``DELETE /v1/Content/{Sid}``; returns True."""
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
    create = _CREATE.call_method(ContentCreateArgs)
    """Create a Content: ``POST /v1/Content``."""
    list = _LIST.list_method(ListArgs)
    """List Content resources: ``GET /v1/Content``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Content resources: ``GET /v1/Content``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Content resources: ``GET /v1/Content``; ``next_page()`` moves on."""
