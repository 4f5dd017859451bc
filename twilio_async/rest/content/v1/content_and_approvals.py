# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ContentAndApprovals resources (``content_and_approvals``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.content_and_approvals import ContentAndApprovals

_TYPES = Models(__package__, ".types.content_and_approvals")
_MODEL = _TYPES("ContentAndApprovals")
_LIST_PATH = "/v1/ContentAndApprovals"
_LIST: Operation[ContentAndApprovals] = Operation(
    "content_and_approvals.list", "GET", _LIST_PATH, body="none", list_key="contents", model=_MODEL
)


class ContentAndApprovalsList(ListResource):
    """ContentAndApprovals collection: ``/v1/ContentAndApprovals``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List ContentAndApprovals resources: ``GET /v1/ContentAndApprovals``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ContentAndApprovals resources: ``GET /v1/ContentAndApprovals``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ContentAndApprovals resources: ``GET /v1/ContentAndApprovals``; ``next_page()`` moves on."""
