# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnairesCategory models (``insights_questionnaires_category``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._models import InstanceModel

from ..insights_questionnaires_category import InsightsQuestionnairesCategoryContext


class InsightsQuestionnairesCategory(InstanceModel[InsightsQuestionnairesCategoryContext]):
    """A InsightsQuestionnairesCategory as returned by the API."""

    account_sid: str | None = None
    category_sid: str | None = None
    name: str | None = None
    url: str | None = None

    _key_field = "category_sid"
    update: ClassVar = InsightsQuestionnairesCategoryContext.update
    delete: ClassVar = InsightsQuestionnairesCategoryContext.delete
