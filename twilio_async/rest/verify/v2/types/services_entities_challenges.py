# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Challenge models (``services.entities.challenges``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ChallengeChallengeReasons, ChallengeChallengeStatuses, ChallengeFactorTypes

if TYPE_CHECKING:
    from ..services_entities_challenges import ChallengeContext


class Challenge(InstanceModel["ChallengeContext"]):
    """A Challenge as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    factor_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    date_responded: IsoDateTime | None = None
    expiration_date: IsoDateTime | None = None
    status: ChallengeChallengeStatuses | None = None
    responded_reason: ChallengeChallengeReasons | None = None
    details: Any | None = None
    hidden_details: Any | None = None
    metadata: Any | None = None
    factor_type: ChallengeFactorTypes | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ChallengeContext.fetch
        update: ClassVar = ChallengeContext.update
        notifications: ClassVar = ChallengeContext.notifications

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_entities_challenges import ChallengeContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        notifications = FromContext()
