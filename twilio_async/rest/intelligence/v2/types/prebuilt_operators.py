# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""PrebuiltOperator models (``prebuilt_operators``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import PrebuiltOperatorAvailability

if TYPE_CHECKING:
    from ..prebuilt_operators import PrebuiltOperatorContext


class PrebuiltOperator(InstanceModel["PrebuiltOperatorContext"]):
    """A PrebuiltOperator as returned by the API."""

    account_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    author: str | None = None
    operator_type: str | None = None
    version: WireInt | None = None
    availability: PrebuiltOperatorAvailability | None = None
    config: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PrebuiltOperatorContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..prebuilt_operators import PrebuiltOperatorContext  # noqa: F401
    else:
        fetch = FromContext()
