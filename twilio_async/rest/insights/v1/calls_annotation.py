# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Annotation resources (``calls.annotation``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import AnnotationAnsweredBy, AnnotationConnectivityIssue
    from .types.calls_annotation import Annotation

_TYPES = Models(__package__, ".types.calls_annotation")
_MODEL = _TYPES("Annotation")
_INSTANCE_PATH = "/v1/Voice/{0}/Annotation"
_FETCH: Operation[Annotation] = Operation(
    "annotation.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Annotation] = Operation(
    "annotation.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("answered_by", "AnsweredBy", FORM, "string"),
    P("connectivity_issue", "ConnectivityIssue", FORM, "string"),
    P("quality_issues", "QualityIssues", FORM, "string"),
    P("spam", "Spam", FORM, "boolean"),
    P("call_score", "CallScore", FORM, "integer"),
    P("comment", "Comment", FORM, "string"),
    P("incident", "Incident", FORM, "string"),
)


class AnnotationUpdateArgs(Args):
    answered_by: AnnotationAnsweredBy | str | NotGiven = NOT_GIVEN
    connectivity_issue: AnnotationConnectivityIssue | str | NotGiven = NOT_GIVEN
    quality_issues: str | NotGiven = NOT_GIVEN
    spam: bool | NotGiven = NOT_GIVEN
    call_score: int | NotGiven = NOT_GIVEN
    comment: str | NotGiven = NOT_GIVEN
    incident: str | NotGiven = NOT_GIVEN


class AnnotationContext(InstanceContext):
    """One Annotation: ``/v1/Voice/{CallSid}/Annotation``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Annotation: ``GET /v1/Voice/{CallSid}/Annotation``."""
    update = _UPDATE.call_method(AnnotationUpdateArgs)
    """Update this Annotation: ``POST /v1/Voice/{CallSid}/Annotation``."""


class AnnotationList(SingletonList[AnnotationContext]):
    """Annotation collection."""

    __slots__ = ()
