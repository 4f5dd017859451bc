# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""AccessToken models (``services.access_tokens``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import AccessTokenFactorTypes

if TYPE_CHECKING:
    from ..services_access_tokens import AccessTokenContext


class AccessToken(InstanceModel["AccessTokenContext"]):
    """A AccessToken as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    entity_identity: str | None = None
    factor_type: AccessTokenFactorTypes | None = None
    factor_friendly_name: str | None = None
    token: str | None = Field(default=None, repr=False)
    url: str | None = None
    ttl: WireInt | None = None
    date_created: IsoDateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AccessTokenContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_access_tokens import AccessTokenContext  # noqa: F401
    else:
        fetch = FromContext()
