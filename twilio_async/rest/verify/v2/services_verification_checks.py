# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationCheck resources (``services.verification_checks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_verification_checks import VerificationCheck

_TYPES = Models(__package__, ".types.services_verification_checks")
_MODEL = _TYPES("VerificationCheck")
_LIST_PATH = "/v2/Services/{0}/VerificationCheck"
_CREATE: Operation[VerificationCheck] = Operation(
    "verification_checks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("code", "Code", FORM, "string"),
    P("to", "To", FORM, "string"),
    P("verification_sid", "VerificationSid", FORM, "string"),
    P("amount", "Amount", FORM, "string"),
    P("payee", "Payee", FORM, "string"),
    P("sna_client_token", "SnaClientToken", FORM, "string"),
)


class VerificationCheckCreateArgs(Args):
    code: str | NotGiven = NOT_GIVEN
    to: str | NotGiven = NOT_GIVEN
    verification_sid: str | NotGiven = NOT_GIVEN
    amount: str | NotGiven = NOT_GIVEN
    payee: str | NotGiven = NOT_GIVEN
    sna_client_token: str | NotGiven = NOT_GIVEN


class VerificationCheckList(ListResource):
    """VerificationCheck collection: ``/v2/Services/{ServiceSid}/VerificationCheck``."""

    __slots__ = ()
    create = _CREATE.call_method(
        VerificationCheckCreateArgs,
        """Create a VerificationCheck: ``POST /v2/Services/{ServiceSid}/VerificationCheck``.

    Parameters are sent in the form body unless noted.

    Args:
        code (str): ``Code``; string; optional.
        to (str): ``To``; string; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        amount (str): ``Amount``; string; optional.
        payee (str): ``Payee``; string; optional.
        sna_client_token (str): ``SnaClientToken``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerificationCheck

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a VerificationCheck: ``POST /v2/Services/{ServiceSid}/VerificationCheck``.

    Parameters are sent in the form body unless noted.

    Args:
        code (str): ``Code``; string; optional.
        to (str): ``To``; string; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        amount (str): ``Amount``; string; optional.
        payee (str): ``Payee``; string; optional.
        sna_client_token (str): ``SnaClientToken``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerificationCheck

    Twilio docs: https://www.twilio.com/docs/verify
    """
