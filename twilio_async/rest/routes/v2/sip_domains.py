# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""SipDomain resources (``sip_domains``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.sip_domains import SipDomain

_TYPES = Models(__package__, ".types.sip_domains")
_MODEL = _TYPES("SipDomain")
_INSTANCE_PATH = "/v2/SipDomains/{0}"
_FETCH: Operation[SipDomain] = Operation(
    "sip_domains.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SipDomain] = Operation(
    "sip_domains.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("voice_region", "VoiceRegion", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)


class SipDomainUpdateArgs(Args):
    voice_region: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class SipDomainContext(InstanceContext):
    """One SipDomain: ``/v2/SipDomains/{SipDomain}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SipDomain: ``GET /v2/SipDomains/{SipDomain}``.

    The instance is addressed by ``{SipDomain}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this SipDomain: ``GET /v2/SipDomains/{SipDomain}``.

    The instance is addressed by ``{SipDomain}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        SipDomainUpdateArgs,
        """Update this SipDomain: ``POST /v2/SipDomains/{SipDomain}``.

    The instance is addressed by ``{SipDomain}``.

    Parameters are sent in the form body unless noted.

    Args:
        voice_region (str): ``VoiceRegion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this SipDomain: ``POST /v2/SipDomains/{SipDomain}``.

    The instance is addressed by ``{SipDomain}``.

    Parameters are sent in the form body unless noted.

    Args:
        voice_region (str): ``VoiceRegion``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SipDomain

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SipDomainList(KeyedList[SipDomainContext]):
    """SipDomain collection."""

    __slots__ = ()
    _key = ("SipDomain", "sip_domain", None)
