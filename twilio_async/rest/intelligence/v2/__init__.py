# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""intelligence v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .custom_operators import CustomOperatorList
    from .operator_attachments import OperatorAttachmentsList
    from .operator_type import OperatorTypeList
    from .operators import OperatorList
    from .prebuilt_operators import PrebuiltOperatorList
    from .services import ServiceList
    from .transcripts import TranscriptList


class V2(Version):
    """``intelligence`` v2 (json-v1)."""

    domain = "intelligence"
    dialect_name = "json-v1"
    custom_operators: Root[CustomOperatorList] = Root(".custom_operators", "CustomOperatorList")
    operator_attachments: Root[OperatorAttachmentsList] = Root(
        ".operator_attachments", "OperatorAttachmentsList"
    )
    operator_type: Root[OperatorTypeList] = Root(".operator_type", "OperatorTypeList")
    operators: Root[OperatorList] = Root(".operators", "OperatorList")
    prebuilt_operators: Root[PrebuiltOperatorList] = Root(
        ".prebuilt_operators", "PrebuiltOperatorList"
    )
    services: Root[ServiceList] = Root(".services", "ServiceList")
    transcripts: Root[TranscriptList] = Root(".transcripts", "TranscriptList")
