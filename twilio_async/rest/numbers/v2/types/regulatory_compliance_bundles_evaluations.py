# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Evaluation models (``regulatory_compliance.bundles.evaluations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import EvaluationStatus

if TYPE_CHECKING:
    from ..regulatory_compliance_bundles_evaluations import EvaluationContext


class Evaluation(InstanceModel["EvaluationContext"]):
    """A Evaluation as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    regulation_sid: str | None = None
    bundle_sid: str | None = None
    status: EvaluationStatus | None = None
    results: list[Any] | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EvaluationContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..regulatory_compliance_bundles_evaluations import EvaluationContext  # noqa: F401
    else:
        fetch = FromContext()
