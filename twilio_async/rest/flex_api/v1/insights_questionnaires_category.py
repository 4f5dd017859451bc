# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnairesCategory resources (``insights_questionnaires_category``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .types.insights_questionnaires_category import InsightsQuestionnairesCategory

_TYPES = Models(__package__, ".types.insights_questionnaires_category")
_MODEL = _TYPES("InsightsQuestionnairesCategory")
_LIST_PATH = "/v1/Insights/QualityManagement/Categories"
_INSTANCE_PATH = "/v1/Insights/QualityManagement/Categories/{0}"
_CREATE: Operation[InsightsQuestionnairesCategory] = Operation(
    "insights_questionnaires_category.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("name", "Name", FORM, "string", required=True),
)
_LIST: Operation[InsightsQuestionnairesCategory] = Operation(
    "insights_questionnaires_category.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="categories",
    model=_MODEL,
).with_params(P("authorization", "Authorization", HEADER, "string"))
_UPDATE: Operation[InsightsQuestionnairesCategory] = Operation(
    "insights_questionnaires_category.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("authorization", "Authorization", HEADER, "string"),
    P("name", "Name", FORM, "string", required=True),
)
_DELETE: Operation[None] = Operation(
    "insights_questionnaires_category.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsQuestionnairesCategoryCreateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    name: str


class InsightsQuestionnairesCategoryFilters(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesCategoryListArgs(InsightsQuestionnairesCategoryFilters, ListArgs): ...


class InsightsQuestionnairesCategoryPageArgs(InsightsQuestionnairesCategoryFilters, PageArgs): ...


class InsightsQuestionnairesCategoryUpdateArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN
    name: str


class InsightsQuestionnairesCategoryDeleteArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsQuestionnairesCategoryContext(InstanceContext):
    """One InsightsQuestionnairesCategory: ``/v1/Insights/QualityManagement/Categories/{CategorySid}``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        InsightsQuestionnairesCategoryUpdateArgs,
        """Update this InsightsQuestionnairesCategory: ``POST /v1/Insights/QualityManagement/Categories/{CategorySid}``.

    The instance is addressed by ``{CategorySid}``, matching ``^FY[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesCategory

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this InsightsQuestionnairesCategory: ``POST /v1/Insights/QualityManagement/Categories/{CategorySid}``.

    The instance is addressed by ``{CategorySid}``, matching ``^FY[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesCategory

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    delete = _DELETE.delete_method(
        InsightsQuestionnairesCategoryDeleteArgs,
        """Delete this InsightsQuestionnairesCategory: ``DELETE /v1/Insights/QualityManagement/Categories/{CategorySid}``.

    The instance is addressed by ``{CategorySid}``, matching ``^FY[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Delete this InsightsQuestionnairesCategory: ``DELETE /v1/Insights/QualityManagement/Categories/{CategorySid}``.

    The instance is addressed by ``{CategorySid}``, matching ``^FY[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InsightsQuestionnairesCategoryList(KeyedList[InsightsQuestionnairesCategoryContext]):
    """InsightsQuestionnairesCategory collection: ``/v1/Insights/QualityManagement/Categories``."""

    __slots__ = ()
    _key = ("CategorySid", "category_sid", "^FY[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InsightsQuestionnairesCategoryCreateArgs,
        """Create a InsightsQuestionnairesCategory: ``POST /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesCategory

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InsightsQuestionnairesCategory: ``POST /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the form body unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        name (str): ``Name``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsQuestionnairesCategory

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        InsightsQuestionnairesCategoryListArgs,
        """List InsightsQuestionnairesCategory resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsQuestionnairesCategory]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List InsightsQuestionnairesCategory resources, every page up to ``limit`` items: ``GET /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[InsightsQuestionnairesCategory]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        InsightsQuestionnairesCategoryListArgs,
        """Stream InsightsQuestionnairesCategory resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsQuestionnairesCategory.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream InsightsQuestionnairesCategory resources, one page in memory at a time: ``GET /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of InsightsQuestionnairesCategory.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        InsightsQuestionnairesCategoryPageArgs,
        """One page of InsightsQuestionnairesCategory resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsQuestionnairesCategory]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of InsightsQuestionnairesCategory resources (``next_page()`` moves on): ``GET /v1/Insights/QualityManagement/Categories``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[InsightsQuestionnairesCategory]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
