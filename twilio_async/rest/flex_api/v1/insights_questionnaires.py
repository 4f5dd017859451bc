# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnaires resources (``insights_questionnaires``)."""

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
    from .types.insights_questionnaires import InsightsQuestionnaires

_TYPES = Models(__package__, ".types.insights_questionnaires")
_MODEL = _TYPES("InsightsQuestionnaires")
_LIST_PATH = "/v1/Insights/QualityManagement/Questionnaires"
_INSTANCE_PATH = "/v1/Insights/QualityManagement/Questionnaires/{0}"
_CREATE: Operation[InsightsQuestionnaires] = Operation(
    "insights_questionnaires.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("name", "Name", FORM, "string", required=True),
    P("description", "Description", FORM, "string"),
    P("active", "Active", FORM, "boolean"),
    P("question_sids", "QuestionSids", FORM, "string", many=True),
)
_LIST: Operation[InsightsQuestionnaires] = Operation(
    "insights_questionnaires.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="questionnaires",
    model=_MODEL,
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("include_inactive", "IncludeInactive", QUERY, "boolean"),
)
_FETCH: Operation[InsightsQuestionnaires] = Operation(
    "insights_questionnaires.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("authorization", "Authorization", HEADER, "string"))
_UPDATE: Operation[InsightsQuestionnaires] = Operation(
    "insights_questionnaires.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("active", "Active", FORM, "boolean", required=True),
    P("name", "Name", FORM, "string"),
    P("description", "Description", FORM, "string"),
    P("question_sids", "QuestionSids", FORM, "string", many=True),
)
_DELETE: Operation[None] = Operation(
    "insights_questionnaires.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsQuestionnairesCreateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    name: str
    description: str | NotGiven = NOT_GIVEN
    active: bool | NotGiven = NOT_GIVEN
    question_sids: Sequence[str] | NotGiven = NOT_GIVEN


class InsightsQuestionnairesFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN
    include_inactive: bool | NotGiven = NOT_GIVEN


class InsightsQuestionnairesListArgs(InsightsQuestionnairesFilters, ListArgs): ...


class InsightsQuestionnairesPageArgs(InsightsQuestionnairesFilters, PageArgs): ...


class InsightsQuestionnairesFetchArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesUpdateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    active: bool
    name: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    question_sids: Sequence[str] | NotGiven = NOT_GIVEN


class InsightsQuestionnairesDeleteArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesContext(InstanceContext):
    """One InsightsQuestionnaires: ``/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(InsightsQuestionnairesFetchArgs)
    """Fetch this InsightsQuestionnaires: ``GET /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``."""
    update = _UPDATE.call_method(InsightsQuestionnairesUpdateArgs)
    """Update this InsightsQuestionnaires: ``POST /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``."""
    delete = _DELETE.delete_method(InsightsQuestionnairesDeleteArgs)
    """Delete this InsightsQuestionnaires: ``DELETE /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``; returns True."""


class InsightsQuestionnairesList(KeyedList[InsightsQuestionnairesContext]):
    """InsightsQuestionnaires collection: ``/v1/Insights/QualityManagement/Questionnaires``."""

    __slots__ = ()
    _key = ("QuestionnaireSid", "questionnaire_sid", "^GM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(InsightsQuestionnairesCreateArgs)
    """Create a InsightsQuestionnaires: ``POST /v1/Insights/QualityManagement/Questionnaires``."""
    list = _LIST.list_method(InsightsQuestionnairesListArgs)
    """List InsightsQuestionnaires resources: ``GET /v1/Insights/QualityManagement/Questionnaires``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(InsightsQuestionnairesListArgs)
    """Stream InsightsQuestionnaires resources: ``GET /v1/Insights/QualityManagement/Questionnaires``; one page in memory at a time."""
    page = _LIST.page_method(InsightsQuestionnairesPageArgs)
    """One page of InsightsQuestionnaires resources: ``GET /v1/Insights/QualityManagement/Questionnaires``; ``next_page()`` moves on."""
