# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""AuthTokenPromotion resources (``auth_token_promotion``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.auth_token_promotion import AuthTokenPromotion

_TYPES = Models(__package__, ".types.auth_token_promotion")
_MODEL = _TYPES("AuthTokenPromotion")
_INSTANCE_PATH = "/v1/AuthTokens/Promote"
_UPDATE: Operation[AuthTokenPromotion] = Operation(
    "auth_token_promotion.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)


class AuthTokenPromotionContext(InstanceContext):
    """One AuthTokenPromotion: ``/v1/AuthTokens/Promote``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        Args,
        """Update this AuthTokenPromotion: ``POST /v1/AuthTokens/Promote``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthTokenPromotion

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Update this AuthTokenPromotion: ``POST /v1/AuthTokens/Promote``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AuthTokenPromotion

    Twilio docs: https://www.twilio.com/docs/iam
    """


class AuthTokenPromotionList(SingletonList[AuthTokenPromotionContext]):
    """AuthTokenPromotion collection."""

    __slots__ = ()
