# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnairesQuestion resources (``insights_questionnaires_question``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .types.insights_questionnaires_question import InsightsQuestionnairesQuestion

_TYPES = Models(__package__, ".types.insights_questionnaires_question")
_MODEL = _TYPES("InsightsQuestionnairesQuestion")
_LIST_PATH = "/v1/Insights/QualityManagement/Questions"
_INSTANCE_PATH = "/v1/Insights/QualityManagement/Questions/{0}"
_CREATE: Operation[InsightsQuestionnairesQuestion] = Operation(
    "insights_questionnaires_question.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("category_sid", "CategorySid", FORM, "string", required=True),
    P("question", "Question", FORM, "string", required=True),
    P("answer_set_id", "AnswerSetId", FORM, "string", required=True),
    P("allow_na", "AllowNa", FORM, "boolean", required=True),
    P("description", "Description", FORM, "string"),
)
_LIST: Operation[InsightsQuestionnairesQuestion] = Operation(
    "insights_questionnaires_question.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="questions",
    model=_MODEL,
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("category_sid", "CategorySid", QUERY, "string", many=True),
)
_UPDATE: Operation[InsightsQuestionnairesQuestion] = Operation(
    "insights_questionnaires_question.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("allow_na", "AllowNa", FORM, "boolean", required=True),
    P("category_sid", "CategorySid", FORM, "string"),
    P("question", "Question", FORM, "string"),
    P("description", "Description", FORM, "string"),
    P("answer_set_id", "AnswerSetId", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "insights_questionnaires_question.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsQuestionnairesQuestionCreateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    category_sid: str
    question: str
    answer_set_id: str
    allow_na: bool
    description: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesQuestionFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN
    category_sid: Sequence[str] | NotGiven = NOT_GIVEN


class InsightsQuestionnairesQuestionListArgs(InsightsQuestionnairesQuestionFilters, ListArgs): ...


class InsightsQuestionnairesQuestionPageArgs(InsightsQuestionnairesQuestionFilters, PageArgs): ...


class InsightsQuestionnairesQuestionUpdateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    allow_na: bool
    category_sid: str | NotGiven = NOT_GIVEN
    question: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    answer_set_id: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesQuestionDeleteArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesQuestionContext(InstanceContext):
    """One InsightsQuestionnairesQuestion: ``/v1/Insights/QualityManagement/Questions/{QuestionSid}``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        InsightsQuestionnairesQuestionUpdateArgs,
        """Update this InsightsQuestionnairesQuestion: ``POST /v1/Insights/QualityManagement/Questions/{QuestionSid}``.

    The instance is addressed by ``{QuestionSid}``, matching ``^GE[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        allow_na (bool): ``AllowNa``; boolean; required.
        category_sid (str): ``CategorySid``; string; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        question (str): ``Question``; string; optional.
        description (str): ``Description``; string; optional.
        answer_set_id (str): ``AnswerSetId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesQuestion

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this InsightsQuestionnairesQuestion: ``POST /v1/Insights/QualityManagement/Questions/{QuestionSid}``.

    The instance is addressed by ``{QuestionSid}``, matching ``^GE[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        allow_na (bool): ``AllowNa``; boolean; required.
        category_sid (str): ``CategorySid``; string; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        question (str): ``Question``; string; optional.
        description (str): ``Description``; string; optional.
        answer_set_id (str): ``AnswerSetId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesQuestion

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    delete = _DELETE.delete_method(
        InsightsQuestionnairesQuestionDeleteArgs,
        """Delete this InsightsQuestionnairesQuestion: ``DELETE /v1/Insights/QualityManagement/Questions/{QuestionSid}``.

    The instance is addressed by ``{QuestionSid}``, matching ``^GE[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Delete this InsightsQuestionnairesQuestion: ``DELETE /v1/Insights/QualityManagement/Questions/{QuestionSid}``.

    The instance is addressed by ``{QuestionSid}``, matching ``^GE[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InsightsQuestionnairesQuestionList(KeyedList[InsightsQuestionnairesQuestionContext]):
    """InsightsQuestionnairesQuestion collection: ``/v1/Insights/QualityManagement/Questions``."""

    __slots__ = ()
    _key = ("QuestionSid", "question_sid", "^GE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InsightsQuestionnairesQuestionCreateArgs,
        """Create a InsightsQuestionnairesQuestion: ``POST /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (str): ``CategorySid``; string; matching ``^FY[0-9a-fA-F]{32}$``; required.
        question (str): ``Question``; string; required.
        answer_set_id (str): ``AnswerSetId``; string; required.
        allow_na (bool): ``AllowNa``; boolean; required.
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesQuestion

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InsightsQuestionnairesQuestion: ``POST /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (str): ``CategorySid``; string; matching ``^FY[0-9a-fA-F]{32}$``; required.
        question (str): ``Question``; string; required.
        answer_set_id (str): ``AnswerSetId``; string; required.
        allow_na (bool): ``AllowNa``; boolean; required.
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesQuestion

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        InsightsQuestionnairesQuestionListArgs,
        """List InsightsQuestionnairesQuestion resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (Sequence[str]): ``CategorySid``; list<string>; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsQuestionnairesQuestion]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InsightsQuestionnairesQuestion resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (Sequence[str]): ``CategorySid``; list<string>; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsQuestionnairesQuestion]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        InsightsQuestionnairesQuestionListArgs,
        """Stream InsightsQuestionnairesQuestion resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (Sequence[str]): ``CategorySid``; list<string>; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsQuestionnairesQuestion.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InsightsQuestionnairesQuestion resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (Sequence[str]): ``CategorySid``; list<string>; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsQuestionnairesQuestion.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        InsightsQuestionnairesQuestionPageArgs,
        """One page of InsightsQuestionnairesQuestion resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (Sequence[str]): ``CategorySid``; list<string>; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsQuestionnairesQuestion]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InsightsQuestionnairesQuestion resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Questions``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        category_sid (Sequence[str]): ``CategorySid``; list<string>; matching ``^FY[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsQuestionnairesQuestion]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
