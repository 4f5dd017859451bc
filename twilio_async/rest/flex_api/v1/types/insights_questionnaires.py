# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnaires models (``insights_questionnaires``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..insights_questionnaires import InsightsQuestionnairesContext


class InsightsQuestionnaires(InstanceModel["InsightsQuestionnairesContext"]):
    """A InsightsQuestionnaires as returned by the API."""

    account_sid: str | None = None
    questionnaire_sid: str
    name: str | None = None
    description: str | None = None
    active: bool | None = None
    questions: list[Any] | None = None
    url: str | None = None

    _key_field = "questionnaire_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = InsightsQuestionnairesContext.fetch
        update: ClassVar = InsightsQuestionnairesContext.update
        delete: ClassVar = InsightsQuestionnairesContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..insights_questionnaires import InsightsQuestionnairesContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
