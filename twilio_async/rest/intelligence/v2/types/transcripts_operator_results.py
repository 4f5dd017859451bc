# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorResult models (``transcripts.operator_results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import WireDecimal
from twilio_async._models import FromContext, InstanceModel

from ..enums import OperatorResultOperatorType

if TYPE_CHECKING:
    from ..transcripts_operator_results import OperatorResultContext


class OperatorResult(InstanceModel["OperatorResultContext"]):
    """A OperatorResult as returned by the API."""

    operator_type: OperatorResultOperatorType | None = None
    name: str | None = None
    operator_sid: str
    extract_match: bool | None = None
    match_probability: WireDecimal | None = None
    normalized_result: str | None = None
    utterance_results: list[Any] | None = None
    utterance_match: bool | None = None
    predicted_label: str | None = None
    predicted_probability: WireDecimal | None = None
    label_probabilities: Any | None = None
    extract_results: Any | None = None
    text_generation_results: Any | None = None
    json_results: Any | None = None
    transcript_sid: str | None = None
    url: str | None = None

    _key_field = "operator_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = OperatorResultContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..transcripts_operator_results import OperatorResultContext  # noqa: F401
    else:
        fetch = FromContext()
