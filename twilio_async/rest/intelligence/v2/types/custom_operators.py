# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""CustomOperator models (``custom_operators``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import CustomOperatorAvailability

if TYPE_CHECKING:
    from ..custom_operators import CustomOperatorContext


class CustomOperator(InstanceModel["CustomOperatorContext"]):
    """A CustomOperator as returned by the API."""

    account_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    author: str | None = None
    operator_type: str | None = None
    version: WireInt | None = None
    availability: CustomOperatorAvailability | None = None
    config: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CustomOperatorContext.fetch
        update: ClassVar = CustomOperatorContext.update
        delete: ClassVar = CustomOperatorContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..custom_operators import CustomOperatorContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
