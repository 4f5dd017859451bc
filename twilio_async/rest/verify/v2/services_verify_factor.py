# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerifyFactor resources (``services.verify_factor``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_verify_factor import VerifyFactor

_TYPES = Models(__package__, ".types.services_verify_factor")
_MODEL = _TYPES("VerifyFactor")
_LIST_PATH = "/v2/Services/{0}/Passkeys/VerifyFactor"
_UPDATE: Operation[VerifyFactor] = Operation(
    "verify_factor.update", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("id", "id", JSON, "string"),
    P("raw_id", "rawId", JSON, "string"),
    P("authenticator_attachment", "authenticatorAttachment", JSON, "string"),
    P("type", "type", JSON, "string"),
    P("response", "response", JSON, "object", required=True),
)


class VerifyFactorUpdateArgs(Args):
    id: str | NotGiven = NOT_GIVEN
    raw_id: str | NotGiven = NOT_GIVEN
    authenticator_attachment: str | NotGiven = NOT_GIVEN
    type: str | NotGiven = NOT_GIVEN
    response: Any


class VerifyFactorList(ListResource):
    """VerifyFactor collection: ``/v2/Services/{ServiceSid}/Passkeys/VerifyFactor``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        VerifyFactorUpdateArgs,
        """Update the VerifyFactor: ``POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor``.

    Parameters are sent in the JSON body unless noted.

    Args:
        id (str): ``id``; string; optional.
        raw_id (str): ``rawId``; string; optional.
        authenticator_attachment (str): ``authenticatorAttachment``; string; optional.
        type (str): ``type``; string; optional.
        response (Any): ``response``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerifyFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update the VerifyFactor: ``POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor``.

    Parameters are sent in the JSON body unless noted.

    Args:
        id (str): ``id``; string; optional.
        raw_id (str): ``rawId``; string; optional.
        authenticator_attachment (str): ``authenticatorAttachment``; string; optional.
        type (str): ``type``; string; optional.
        response (Any): ``response``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerifyFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """


class VerifyFactorNewVerifyFactorsList(ListResource):
    """``new_verify_factors``: VerifyFactor operations as twilio-python mounts them."""

    __slots__ = ()

    update = _UPDATE.call_method(
        VerifyFactorUpdateArgs,
        """Update the VerifyFactor: ``POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor``.

    Parameters are sent in the JSON body unless noted.

    Args:
        id (str): ``id``; string; optional.
        raw_id (str): ``rawId``; string; optional.
        authenticator_attachment (str): ``authenticatorAttachment``; string; optional.
        type (str): ``type``; string; optional.
        response (Any): ``response``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerifyFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update the VerifyFactor: ``POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor``.

    Parameters are sent in the JSON body unless noted.

    Args:
        id (str): ``id``; string; optional.
        raw_id (str): ``rawId``; string; optional.
        authenticator_attachment (str): ``authenticatorAttachment``; string; optional.
        type (str): ``type``; string; optional.
        response (Any): ``response``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerifyFactor

    Twilio docs: https://www.twilio.com/docs/verify
    """
