# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""ReferralConversion resources (``referral_conversion``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.referral_conversion import ReferralConversion

_TYPES = Models(__package__, ".types.referral_conversion")
_MODEL = _TYPES("ReferralConversion")
_LIST_PATH = "/v1/ReferralConversion"
_CREATE: Operation[ReferralConversion] = Operation(
    "referral_conversion.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("referral_account_sid", "referral_account_sid", JSON, "string"))


class ReferralConversionCreateArgs(Args):
    referral_account_sid: str | NotGiven = NOT_GIVEN


class ReferralConversionList(ListResource):
    """ReferralConversion collection: ``/v1/ReferralConversion``."""

    __slots__ = ()
    create = _CREATE.call_method(
        ReferralConversionCreateArgs,
        """Create a ReferralConversion: ``POST /v1/ReferralConversion``.

    Parameters are sent in the JSON body unless noted.

    Args:
        referral_account_sid (str): ``referral_account_sid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ReferralConversion

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Create a ReferralConversion: ``POST /v1/ReferralConversion``.

    Parameters are sent in the JSON body unless noted.

    Args:
        referral_account_sid (str): ``referral_account_sid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ReferralConversion

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
