# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Assessments resources (``assessments``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .types.assessments import Assessments

_TYPES = Models(__package__, ".types.assessments")
_MODEL = _TYPES("Assessments")
_LIST_PATH = "/v1/Insights/QualityManagement/Assessments"
_INSTANCE_PATH = "/v1/Insights/QualityManagement/Assessments/{0}"
_CREATE: Operation[Assessments] = Operation(
    "assessments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("category_sid", "CategorySid", FORM, "string", required=True),
    P("category_name", "CategoryName", FORM, "string", required=True),
    P("segment_id", "SegmentId", FORM, "string", required=True),
    P("agent_id", "AgentId", FORM, "string", required=True),
    P("offset", "Offset", FORM, "number", required=True),
    P("metric_id", "MetricId", FORM, "string", required=True),
    P("metric_name", "MetricName", FORM, "string", required=True),
    P("answer_text", "AnswerText", FORM, "string", required=True),
    P("answer_id", "AnswerId", FORM, "string", required=True),
    P("questionnaire_sid", "QuestionnaireSid", FORM, "string", required=True),
)
_LIST: Operation[Assessments] = Operation(
    "assessments.list", "GET", _LIST_PATH, body="none", list_key="assessments", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("segment_id", "SegmentId", QUERY, "string"),
)
_UPDATE: Operation[Assessments] = Operation(
    "assessments.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("offset", "Offset", FORM, "number", required=True),
    P("answer_text", "AnswerText", FORM, "string", required=True),
    P("answer_id", "AnswerId", FORM, "string", required=True),
)


class AssessmentsCreateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    category_sid: str
    category_name: str
    segment_id: str
    agent_id: str
    offset: float | Decimal
    metric_id: str
    metric_name: str
    answer_text: str
    answer_id: str
    questionnaire_sid: str


class AssessmentsFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN
    segment_id: str | NotGiven = NOT_GIVEN


class AssessmentsListArgs(AssessmentsFilters, ListArgs): ...


class AssessmentsPageArgs(AssessmentsFilters, PageArgs): ...


class AssessmentsUpdateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    offset: float | Decimal
    answer_text: str
    answer_id: str


class AssessmentsContext(InstanceContext):
    """One Assessments: ``/v1/Insights/QualityManagement/Assessments/{AssessmentSid}``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        AssessmentsUpdateArgs,
        """Update this Assessments: ``POST /v1/Insights/QualityManagement/Assessments/{AssessmentSid}``.

    The instance is addressed by ``{AssessmentSid}``, matching ``^FM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        offset (float | Decimal): ``Offset``; number; required.
        answer_text (str): ``AnswerText``; string; required.
        answer_id (str): ``AnswerId``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Assessments

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this Assessments: ``POST /v1/Insights/QualityManagement/Assessments/{AssessmentSid}``.

    The instance is addressed by ``{AssessmentSid}``, matching ``^FM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        offset (float | Decimal): ``Offset``; number; required.
        answer_text (str): ``AnswerText``; string; required.
        answer_id (str): ``AnswerId``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Assessments

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class AssessmentsList(KeyedList[AssessmentsContext]):
    """Assessments collection: ``/v1/Insights/QualityManagement/Assessments``."""

    __slots__ = ()
    _key = ("AssessmentSid", "assessment_sid", "^FM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AssessmentsCreateArgs,
        """Create a Assessments: ``POST /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (str): ``CategorySid``; string; matching ``^FY[0-9a-fA-F]{32}$``; required.
        category_name (str): ``CategoryName``; string; required.
        segment_id (str): ``SegmentId``; string; required.
        agent_id (str): ``AgentId``; string; required.
        offset (float | Decimal): ``Offset``; number; required.
        metric_id (str): ``MetricId``; string; matching ``^GE[0-9a-fA-F]{32}$``; required.
        metric_name (str): ``MetricName``; string; required.
        answer_text (str): ``AnswerText``; string; required.
        answer_id (str): ``AnswerId``; string; required.
        questionnaire_sid (str): ``QuestionnaireSid``; string; matching ``^GM[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Assessments

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a Assessments: ``POST /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (str): ``CategorySid``; string; matching ``^FY[0-9a-fA-F]{32}$``; required.
        category_name (str): ``CategoryName``; string; required.
        segment_id (str): ``SegmentId``; string; required.
        agent_id (str): ``AgentId``; string; required.
        offset (float | Decimal): ``Offset``; number; required.
        metric_id (str): ``MetricId``; string; matching ``^GE[0-9a-fA-F]{32}$``; required.
        metric_name (str): ``MetricName``; string; required.
        answer_text (str): ``AnswerText``; string; required.
        answer_id (str): ``AnswerId``; string; required.
        questionnaire_sid (str): ``QuestionnaireSid``; string; matching ``^GM[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Assessments

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        AssessmentsListArgs,
        """List Assessments resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Assessments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List Assessments resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Assessments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        AssessmentsListArgs,
        """Stream Assessments resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Assessments.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream Assessments resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Assessments.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        AssessmentsPageArgs,
        """One page of Assessments resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Assessments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of Assessments resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Assessments``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        segment_id (str): ``SegmentId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Assessments]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
