# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Factors resources (``services.factors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_factors import Factors

_TYPES = Models(__package__, ".types.services_factors")
_MODEL = _TYPES("Factors")
_LIST_PATH = "/v2/Services/{0}/Passkeys/Factors"
_CREATE: Operation[Factors] = Operation(
    "factors.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("friendly_name", "friendly_name", JSON, "string", required=True),
    P("identity", "identity", JSON, "string", required=True),
    P("config", "config", JSON, "object"),
)


class FactorsCreateArgs(Args):
    friendly_name: str
    identity: str
    config: Any | NotGiven = NOT_GIVEN


class FactorsList(ListResource):
    """Factors collection: ``/v2/Services/{ServiceSid}/Passkeys/Factors``."""

    __slots__ = ()
    create = _CREATE.call_method(
        FactorsCreateArgs,
        """Create a Factors: ``POST /v2/Services/{ServiceSid}/Passkeys/Factors``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; required.
        identity (str): ``identity``; string; required.
        config (Any): ``config``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factors

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Factors: ``POST /v2/Services/{ServiceSid}/Passkeys/Factors``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; required.
        identity (str): ``identity``; string; required.
        config (Any): ``config``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factors

    Twilio docs: https://www.twilio.com/docs/verify
    """


class FactorsNewFactorsList(ListResource):
    """``new_factors``: Factors operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        FactorsCreateArgs,
        """Create a Factors: ``POST /v2/Services/{ServiceSid}/Passkeys/Factors``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; required.
        identity (str): ``identity``; string; required.
        config (Any): ``config``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factors

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Factors: ``POST /v2/Services/{ServiceSid}/Passkeys/Factors``.

    Parameters are sent in the JSON body unless noted.

    Args:
        friendly_name (str): ``friendly_name``; string; required.
        identity (str): ``identity``; string; required.
        config (Any): ``config``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Factors

    Twilio docs: https://www.twilio.com/docs/verify
    """
