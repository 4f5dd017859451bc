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
    fetch = _FETCH.call_method(
        InsightsQuestionnairesFetchArgs,
        """Fetch this InsightsQuestionnaires: ``GET /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``.

    The instance is addressed by ``{QuestionnaireSid}``, matching ``^GM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnaires

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this InsightsQuestionnaires: ``GET /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``.

    The instance is addressed by ``{QuestionnaireSid}``, matching ``^GM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnaires

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        InsightsQuestionnairesUpdateArgs,
        """Update this InsightsQuestionnaires: ``POST /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``.

    The instance is addressed by ``{QuestionnaireSid}``, matching ``^GM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        active (bool): ``Active``; boolean; required.
        name (str): ``Name``; string; optional.
        description (str): ``Description``; string; optional.
        question_sids (Sequence[str]): ``QuestionSids``; list<string>; matching ``^GE[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnaires

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this InsightsQuestionnaires: ``POST /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``.

    The instance is addressed by ``{QuestionnaireSid}``, matching ``^GM[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        active (bool): ``Active``; boolean; required.
        name (str): ``Name``; string; optional.
        description (str): ``Description``; string; optional.
        question_sids (Sequence[str]): ``QuestionSids``; list<string>; matching ``^GE[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnaires

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    delete = _DELETE.delete_method(
        InsightsQuestionnairesDeleteArgs,
        """Delete this InsightsQuestionnaires: ``DELETE /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``.

    The instance is addressed by ``{QuestionnaireSid}``, matching ``^GM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Delete this InsightsQuestionnaires: ``DELETE /v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}``.

    The instance is addressed by ``{QuestionnaireSid}``, matching ``^GM[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InsightsQuestionnairesList(KeyedList[InsightsQuestionnairesContext]):
    """InsightsQuestionnaires collection: ``/v1/Insights/QualityManagement/Questionnaires``."""

    __slots__ = ()
    _key = ("QuestionnaireSid", "questionnaire_sid", "^GM[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InsightsQuestionnairesCreateArgs,
        """Create a InsightsQuestionnaires: ``POST /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        description (str): ``Description``; string; optional.
        active (bool): ``Active``; boolean; optional.
        question_sids (Sequence[str]): ``QuestionSids``; list<string>; matching ``^GE[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnaires

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InsightsQuestionnaires: ``POST /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        description (str): ``Description``; string; optional.
        active (bool): ``Active``; boolean; optional.
        question_sids (Sequence[str]): ``QuestionSids``; list<string>; matching ``^GE[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnaires

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        InsightsQuestionnairesListArgs,
        """List InsightsQuestionnaires resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        include_inactive (bool): ``IncludeInactive``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsQuestionnaires]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InsightsQuestionnaires resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        include_inactive (bool): ``IncludeInactive``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsQuestionnaires]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        InsightsQuestionnairesListArgs,
        """Stream InsightsQuestionnaires resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        include_inactive (bool): ``IncludeInactive``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsQuestionnaires.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InsightsQuestionnaires resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        include_inactive (bool): ``IncludeInactive``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsQuestionnaires.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        InsightsQuestionnairesPageArgs,
        """One page of InsightsQuestionnaires resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        include_inactive (bool): ``IncludeInactive``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsQuestionnaires]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InsightsQuestionnaires resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Questionnaires``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        include_inactive (bool): ``IncludeInactive``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsQuestionnaires]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
