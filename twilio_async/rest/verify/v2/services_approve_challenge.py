# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""ApproveChallenge resources (``services.approve_challenge``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_approve_challenge import ApproveChallenge

_TYPES = Models(__package__, ".types.services_approve_challenge")
_MODEL = _TYPES("ApproveChallenge")
_LIST_PATH = "/v2/Services/{0}/Passkeys/ApproveChallenge"
_UPDATE: Operation[ApproveChallenge] = Operation(
    "approve_challenge.update", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("id", "id", JSON, "string", required=True),
    P("raw_id", "rawId", JSON, "string", required=True),
    P("authenticator_attachment", "authenticatorAttachment", JSON, "string", required=True),
    P("type", "type", JSON, "string"),
    P("response", "response", JSON, "object", required=True),
)


class ApproveChallengeUpdateArgs(Args):
    id: str
    raw_id: str
    authenticator_attachment: str
    type: str | NotGiven = NOT_GIVEN
    response: Any


class ApproveChallengeList(ListResource):
    """ApproveChallenge collection: ``/v2/Services/{ServiceSid}/Passkeys/ApproveChallenge``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        ApproveChallengeUpdateArgs,
        """Update the ApproveChallenge: ``POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge``.

    Parameters are sent in the JSON body unless noted.

    Args:
        id (str): ``id``; string; required.
        raw_id (str): ``rawId``; string; required.
        authenticator_attachment (str): ``authenticatorAttachment``; string; required.
        type (str): ``type``; string; optional.
        response (Any): ``response``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ApproveChallenge

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update the ApproveChallenge: ``POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge``.

    Parameters are sent in the JSON body unless noted.

    Args:
        id (str): ``id``; string; required.
        raw_id (str): ``rawId``; string; required.
        authenticator_attachment (str): ``authenticatorAttachment``; string; required.
        type (str): ``type``; string; optional.
        response (Any): ``response``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ApproveChallenge

    Twilio docs: https://www.twilio.com/docs/verify
    """
