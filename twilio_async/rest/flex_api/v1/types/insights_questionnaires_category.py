# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnairesCategory models (``insights_questionnaires_category``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..insights_questionnaires_category import InsightsQuestionnairesCategoryContext


class InsightsQuestionnairesCategory(InstanceModel["InsightsQuestionnairesCategoryContext"]):
    """A InsightsQuestionnairesCategory as returned by the API."""

    account_sid: str | None = None
    category_sid: str
    name: str | None = None
    url: str | None = None

    _key_field = "category_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = InsightsQuestionnairesCategoryContext.update
        delete: ClassVar = InsightsQuestionnairesCategoryContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..insights_questionnaires_category import InsightsQuestionnairesCategoryContext  # noqa: F401
    else:
        update = FromContext()
        delete = FromContext()
