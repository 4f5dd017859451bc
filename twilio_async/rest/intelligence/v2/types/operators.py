# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Operator models (``operators``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import OperatorAvailability

if TYPE_CHECKING:
    from ..operators import OperatorContext


class Operator(InstanceModel["OperatorContext"]):
    """A Operator as returned by the API."""

    account_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    description: str | None = None
    author: str | None = None
    operator_type: str | None = None
    version: WireInt | None = None
    availability: OperatorAvailability | None = None
    config: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = OperatorContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..operators import OperatorContext  # noqa: F401
    else:
        fetch = FromContext()
