# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Response models of intelligence v2, loaded on first access: ``from twilio_async.rest.intelligence.v2.types import CustomOperator``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .custom_operators import CustomOperator as CustomOperator
    from .operator_attachments import OperatorAttachments as OperatorAttachments
    from .operator_attachments_operator_attachment import OperatorAttachment as OperatorAttachment
    from .operator_type import OperatorType as OperatorType
    from .operators import Operator as Operator
    from .prebuilt_operators import PrebuiltOperator as PrebuiltOperator
    from .services import Service as Service
    from .transcripts import Transcript as Transcript
    from .transcripts_encrypted_operator_results import (
        EncryptedOperatorResults as EncryptedOperatorResults,
    )
    from .transcripts_encrypted_sentences import EncryptedSentences as EncryptedSentences
    from .transcripts_media import Media as Media
    from .transcripts_operator_results import OperatorResult as OperatorResult
    from .transcripts_sentences import Sentence as Sentence

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "CustomOperator": ".custom_operators",
    "EncryptedOperatorResults": ".transcripts_encrypted_operator_results",
    "EncryptedSentences": ".transcripts_encrypted_sentences",
    "Media": ".transcripts_media",
    "Operator": ".operators",
    "OperatorAttachment": ".operator_attachments_operator_attachment",
    "OperatorAttachments": ".operator_attachments",
    "OperatorResult": ".transcripts_operator_results",
    "OperatorType": ".operator_type",
    "PrebuiltOperator": ".prebuilt_operators",
    "Sentence": ".transcripts_sentences",
    "Service": ".services",
    "Transcript": ".transcripts",
}
__all__ = [
    "CustomOperator",
    "EncryptedOperatorResults",
    "EncryptedSentences",
    "Media",
    "Operator",
    "OperatorAttachment",
    "OperatorAttachments",
    "OperatorResult",
    "OperatorType",
    "PrebuiltOperator",
    "Sentence",
    "Service",
    "Transcript",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
