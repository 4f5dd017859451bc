# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""AuthTokenPromotion models (``auth_token_promotion``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..auth_token_promotion import AuthTokenPromotionContext


class AuthTokenPromotion(InstanceModel["AuthTokenPromotionContext"]):
    """A AuthTokenPromotion as returned by the API."""

    account_sid: str | None = None
    auth_token: str | None = Field(default=None, repr=False)
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = AuthTokenPromotionContext.update
    else:
        update = FromContext()
