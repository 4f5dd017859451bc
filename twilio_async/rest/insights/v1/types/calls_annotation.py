# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Annotation models (``calls.annotation``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import AnnotationAnsweredBy, AnnotationConnectivityIssue

if TYPE_CHECKING:
    from ..calls_annotation import AnnotationContext


class Annotation(InstanceModel["AnnotationContext"]):
    """A Annotation as returned by the API."""

    call_sid: str | None = None
    account_sid: str | None = None
    answered_by: AnnotationAnsweredBy | None = None
    connectivity_issue: AnnotationConnectivityIssue | None = None
    quality_issues: list[str] | None = None
    spam: bool | None = None
    call_score: int | None = None
    comment: str | None = None
    incident: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AnnotationContext.fetch
        update: ClassVar = AnnotationContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..calls_annotation import AnnotationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
