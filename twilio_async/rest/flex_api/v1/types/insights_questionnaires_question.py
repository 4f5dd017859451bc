# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsQuestionnairesQuestion models (``insights_questionnaires_question``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..insights_questionnaires_question import InsightsQuestionnairesQuestionContext


class InsightsQuestionnairesQuestion(InstanceModel["InsightsQuestionnairesQuestionContext"]):
    """A InsightsQuestionnairesQuestion as returned by the API."""

    account_sid: str | None = None
    question_sid: str
    question: str | None = None
    description: str | None = None
    category: Any | None = None
    answer_set_id: str | None = None
    allow_na: bool | None = None
    usage: WireInt | None = None
    answer_set: Any | None = None
    url: str | None = None

    _key_field = "question_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = InsightsQuestionnairesQuestionContext.update
        delete: ClassVar = InsightsQuestionnairesQuestionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..insights_questionnaires_question import InsightsQuestionnairesQuestionContext  # noqa: F401
    else:
        update = FromContext()
        delete = FromContext()
