# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Challenges resources (``services.challenges``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_challenges import Challenges

_TYPES = Models(__package__, ".types.services_challenges")
_MODEL = _TYPES("Challenges")
_INSTANCE_PATH = "/v2/Services/{0}/Passkeys/Challenges"
_CREATE: Operation[Challenges] = Operation(
    "challenges.create", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(
    P("identity", "identity", JSON, "string"), P("factor_sid", "factor_sid", JSON, "string")
)


class ChallengesCreateArgs(Args):
    identity: str | NotGiven = NOT_GIVEN
    factor_sid: str | NotGiven = NOT_GIVEN


class ChallengesContext(InstanceContext):
    """One Challenges: ``/v2/Services/{ServiceSid}/Passkeys/Challenges``."""

    __slots__ = ()
    create = _CREATE.call_method(
        ChallengesCreateArgs,
        """Create a Challenges: ``POST /v2/Services/{ServiceSid}/Passkeys/Challenges``.

    Parameters are sent in the JSON body unless noted.

    Args:
        identity (str): ``identity``; string; optional.
        factor_sid (str): ``factor_sid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenges

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Challenges: ``POST /v2/Services/{ServiceSid}/Passkeys/Challenges``.

    Parameters are sent in the JSON body unless noted.

    Args:
        identity (str): ``identity``; string; optional.
        factor_sid (str): ``factor_sid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenges

    Twilio docs: https://www.twilio.com/docs/verify
    """


class ChallengesList(SingletonList[ChallengesContext]):
    """Challenges collection."""

    __slots__ = ()


class ChallengesNewChallengeList(SingletonList[ChallengesContext]):
    """``new_challenge``: Challenges operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        ChallengesCreateArgs,
        """Create a Challenges: ``POST /v2/Services/{ServiceSid}/Passkeys/Challenges``.

    Parameters are sent in the JSON body unless noted.

    Args:
        identity (str): ``identity``; string; optional.
        factor_sid (str): ``factor_sid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenges

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Challenges: ``POST /v2/Services/{ServiceSid}/Passkeys/Challenges``.

    Parameters are sent in the JSON body unless noted.

    Args:
        identity (str): ``identity``; string; optional.
        factor_sid (str): ``factor_sid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenges

    Twilio docs: https://www.twilio.com/docs/verify
    """
