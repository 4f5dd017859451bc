# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorType models (``operator_type``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import OperatorTypeAvailability, OperatorTypeOutputType, OperatorTypeProvider

if TYPE_CHECKING:
    from ..operator_type import OperatorTypeContext


class OperatorType(InstanceModel["OperatorTypeContext"]):
    """A OperatorType as returned by the API."""

    name: str | None = None
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    docs_link: str | None = None
    output_type: OperatorTypeOutputType | None = None
    supported_languages: list[str] | None = None
    provider: OperatorTypeProvider | None = None
    availability: OperatorTypeAvailability | None = None
    configurable: bool | None = None
    config_schema: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = OperatorTypeContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..operator_type import OperatorTypeContext  # noqa: F401
    else:
        fetch = FromContext()
