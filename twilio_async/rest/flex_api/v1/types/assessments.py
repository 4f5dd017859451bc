# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Assessments models (``assessments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..assessments import AssessmentsContext


class Assessments(InstanceModel["AssessmentsContext"]):
    """A Assessments as returned by the API."""

    account_sid: str | None = None
    assessment_sid: str
    offset: str | None = None
    report: bool | None = None
    weight: str | None = None
    agent_id: str | None = None
    segment_id: str | None = None
    user_name: str | None = None
    user_email: str | None = None
    answer_text: str | None = None
    answer_id: str | None = None
    assessment: Any | None = None
    timestamp: str | None = None
    url: str | None = None

    _key_field = "assessment_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = AssessmentsContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..assessments import AssessmentsContext  # noqa: F401
    else:
        update = FromContext()
