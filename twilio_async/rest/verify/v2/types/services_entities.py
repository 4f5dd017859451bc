# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Entity models (``services.entities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_entities import EntityContext


class Entity(InstanceModel["EntityContext"]):
    """A Entity as returned by the API."""

    sid: str | None = None
    identity: str
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "identity"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EntityContext.fetch
        delete: ClassVar = EntityContext.delete
        challenges: ClassVar = EntityContext.challenges
        factors: ClassVar = EntityContext.factors
        new_factors: ClassVar = EntityContext.new_factors

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_entities import EntityContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        challenges = FromContext()
        factors = FromContext()
        new_factors = FromContext()
