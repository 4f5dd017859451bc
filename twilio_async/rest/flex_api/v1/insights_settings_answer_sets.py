# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSettingsAnswerSets resources (``insights_settings_answer_sets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import HEADER, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.insights_settings_answer_sets import InsightsSettingsAnswerSets

_TYPES = Models(__package__, ".types.insights_settings_answer_sets")
_MODEL = _TYPES("InsightsSettingsAnswerSets")
_LIST_PATH = "/v1/Insights/QualityManagement/Settings/AnswerSets"
_FETCH: Operation[InsightsSettingsAnswerSets] = Operation(
    "insights_settings_answer_sets.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsSettingsAnswerSetsFetchArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsSettingsAnswerSetsList(ListResource):
    """InsightsSettingsAnswerSets collection: ``/v1/Insights/QualityManagement/Settings/AnswerSets``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        InsightsSettingsAnswerSetsFetchArgs,
        """Fetch the InsightsSettingsAnswerSets: ``GET /v1/Insights/QualityManagement/Settings/AnswerSets``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsSettingsAnswerSets

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch the InsightsSettingsAnswerSets: ``GET /v1/Insights/QualityManagement/Settings/AnswerSets``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsSettingsAnswerSets

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
