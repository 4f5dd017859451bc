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
    create = _CREATE.call_method(
        InsightsAssessmentsCommentCreateArgs,
        """Create a InsightsAssessmentsComment: ``POST /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_id (str): ``CategoryId``; string; required.
        category_name (str): ``CategoryName``; string; required.
        comment (str): ``Comment``; string; required.
        segment_id (str): ``SegmentId``; string; required.
        agent_id (str): ``AgentId``; string; required.
        offset (float | Decimal): ``Offset``; number; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsAssessmentsComment

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InsightsAssessmentsComment: ``POST /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_id (str): ``CategoryId``; string; required.
        category_name (str): ``CategoryName``; string; required.
        comment (str): ``Comment``; string; required.
        segment_id (str): ``SegmentId``; string; required.
        agent_id (str): ``AgentId``; string; required.
        offset (float | Decimal): ``Offset``; number; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsAssessmentsComment

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        InsightsAssessmentsCommentListArgs,
        """List InsightsAssessmentsComment resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        agent_id (str): ``AgentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsAssessmentsComment]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InsightsAssessmentsComment resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        agent_id (str): ``AgentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsAssessmentsComment]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        InsightsAssessmentsCommentListArgs,
        """Stream InsightsAssessmentsComment resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        agent_id (str): ``AgentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsAssessmentsComment.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InsightsAssessmentsComment resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        agent_id (str): ``AgentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsAssessmentsComment.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        InsightsAssessmentsCommentPageArgs,
        """One page of InsightsAssessmentsComment resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        agent_id (str): ``AgentId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsAssessmentsComment]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InsightsAssessmentsComment resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Assessments/Comments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        agent_id (str): ``AgentId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsAssessmentsComment]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
