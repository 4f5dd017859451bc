# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnaires models (``insights_questionnaires``)."""

from __future__ import annotations

from typing import Any, ClassVar

from twilio_async._models import InstanceModel

from ..insights_questionnaires import InsightsQuestionnairesContext


class InsightsQuestionnaires(InstanceModel[InsightsQuestionnairesContext]):
    """A InsightsQuestionnaires as returned by the API."""

    account_sid: str | None = None
    questionnaire_sid: str | None = None
    name: str | None = None
    description: str | None = None
    active: bool | None = None
    questions: list[Any] | None = None
    url: str | None = None

    _key_field = "questionnaire_sid"
    fetch: ClassVar = InsightsQuestionnairesContext.fetch
    update: ClassVar = InsightsQuestionnairesContext.update
    delete: ClassVar = InsightsQuestionnairesContext.delete
