# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""LegacyContent resources (``legacy_contents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.legacy_contents import LegacyContent

_TYPES = Models(__package__, ".types.legacy_contents")
_MODEL = _TYPES("LegacyContent")
_LIST_PATH = "/v1/LegacyContent"
_LIST: Operation[LegacyContent] = Operation(
    "legacy_contents.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
)


class LegacyContentList(ListResource):
    """LegacyContent collection: ``/v1/LegacyContent``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List LegacyContent resources: ``GET /v1/LegacyContent``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream LegacyContent resources: ``GET /v1/LegacyContent``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of LegacyContent resources: ``GET /v1/LegacyContent``; ``next_page()`` moves on."""
