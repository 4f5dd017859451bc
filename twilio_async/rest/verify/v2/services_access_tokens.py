# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""AccessToken resources (``services.access_tokens``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import AccessTokenFactorTypes
    from .types.services_access_tokens import AccessToken

_TYPES = Models(__package__, ".types.services_access_tokens")
_MODEL = _TYPES("AccessToken")
_LIST_PATH = "/v2/Services/{0}/AccessTokens"
_INSTANCE_PATH = "/v2/Services/{0}/AccessTokens/{1}"
_CREATE: Operation[AccessToken] = Operation(
    "access_tokens.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("identity", "Identity", FORM, "string", required=True),
    P("factor_type", "FactorType", FORM, "string", required=True),
    P("factor_friendly_name", "FactorFriendlyName", FORM, "string"),
    P("ttl", "Ttl", FORM, "integer"),
)
_FETCH: Operation[AccessToken] = Operation(
    "access_tokens.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AccessTokenCreateArgs(Args):
    identity: str
    factor_type: AccessTokenFactorTypes | str
    factor_friendly_name: str | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class AccessTokenContext(InstanceContext):
    """One AccessToken: ``/v2/Services/{ServiceSid}/AccessTokens/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AccessToken: ``GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AccessToken

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this AccessToken: ``GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AccessToken

    Twilio docs: https://www.twilio.com/docs/verify
    """


class AccessTokenList(KeyedList[AccessTokenContext]):
    """AccessToken collection: ``/v2/Services/{ServiceSid}/AccessTokens``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^YK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AccessTokenCreateArgs,
        """Create a AccessToken: ``POST /v2/Services/{ServiceSid}/AccessTokens``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        factor_type (AccessTokenFactorTypes | str): ``FactorType``; enum:access_token_factor_types; one of ``push``; required.
        factor_friendly_name (str): ``FactorFriendlyName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AccessToken

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a AccessToken: ``POST /v2/Services/{ServiceSid}/AccessTokens``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        factor_type (AccessTokenFactorTypes | str): ``FactorType``; enum:access_token_factor_types; one of ``push``; required.
        factor_friendly_name (str): ``FactorFriendlyName``; string; optional.
        ttl (int): ``Ttl``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AccessToken

    Twilio docs: https://www.twilio.com/docs/verify
    """
