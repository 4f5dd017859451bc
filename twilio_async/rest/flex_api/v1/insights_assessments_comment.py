# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsAssessmentsComment resources (``insights_assessments_comment``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.insights_assessments_comment import InsightsAssessmentsComment

_TYPES = Models(__package__, ".types.insights_assessments_comment")
_MODEL = _TYPES("InsightsAssessmentsComment")
_LIST_PATH = "/v1/Insights/QualityManagement/Assessments/Comments"
_CREATE: Operation[InsightsAssessmentsComment] = Operation(
    "insights_assessments_comment.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("category_id", "CategoryId", FORM, "string", required=True),
    P("category_name", "CategoryName", FORM, "string", required=True),
    P("comment", "Comment", FORM, "string", required=True),
    P("segment_id", "SegmentId", FORM, "string", required=True),
    P("agent_id", "AgentId", FORM, "string", required=True),
    P("offset", "Offset", FORM, "number", required=True),
)
_LIST: Operation[InsightsAssessmentsComment] = Operation(
    "insights_assessments_comment.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="comments",
    model=_MODEL,
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("segment_id", "SegmentId", QUERY, "string"),
    P("agent_id", "AgentId", QUERY, "string"),
)


class InsightsAssessmentsCommentCreateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    category_id: str
    category_name: str
    comment: str
    segment_id: str
    agent_id: str
    offset: float | Decimal


class InsightsAssessmentsCommentFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN
    segment_id: str | NotGiven = NOT_GIVEN
    agent_id: str | NotGiven = NOT_GIVEN


class InsightsAssessmentsCommentListArgs(InsightsAssessmentsCommentFilters, ListArgs): ...


class InsightsAssessmentsCommentPageArgs(InsightsAssessmentsCommentFilters, PageArgs): ...


class InsightsAssessmentsCommentList(ListResource):
    """InsightsAssessmentsComment collection: ``/v1/Insights/QualityManagement/Assessments/Comments``."""

    __slots__ = ()
    create = _CREATE.call_method(InsightsAssessmentsCommentCreateArgs)
    """Create a InsightsAssessmentsComment: ``POST /v1/Insights/QualityManagement/Assessments/Comments``."""
    list = _LIST.list_method(InsightsAssessmentsCommentListArgs)
    """List InsightsAssessmentsComment resources: ``GET /v1/Insights/QualityManagement/Assessments/Comments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(InsightsAssessmentsCommentListArgs)
    """Stream InsightsAssessmentsComment resources: ``GET /v1/Insights/QualityManagement/Assessments/Comments``; one page in memory at a time."""
    page = _LIST.page_method(InsightsAssessmentsCommentPageArgs)
    """One page of InsightsAssessmentsComment resources: ``GET /v1/Insights/QualityManagement/Assessments/Comments``; ``next_page()`` moves on."""
