# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Factor models (``services.entities.factors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel, TwilioModel

from ..enums import (
    FactorFactorStatuses,
    FactorFactorTypes,
    NewFactorFactorStatuses,
    NewFactorFactorTypes,
)

if TYPE_CHECKING:
    from ..services_entities_factors import FactorContext


class Factor(InstanceModel["FactorContext"]):
    """A Factor as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    status: FactorFactorStatuses | None = None
    factor_type: FactorFactorTypes | None = None
    config: Any | None = None
    metadata: Any | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FactorContext.fetch
        update: ClassVar = FactorContext.update
        delete: ClassVar = FactorContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_entities_factors import FactorContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()


class NewFactor(TwilioModel):
    """A NewFactor as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    binding: Any | None = None
    options: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    status: NewFactorFactorStatuses | None = None
    factor_type: NewFactorFactorTypes | None = None
    config: Any | None = None
    metadata: Any | None = None
    url: str | None = None
