# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""DomainCerts resources (``domain_certs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.domain_certs import DomainCerts

_TYPES = Models(__package__, ".types.domain_certs")
_MODEL = _TYPES("DomainCerts")
_INSTANCE_PATH = "/v2/LinkShortening/Domains/{0}/Certificate"
_FETCH: Operation[DomainCerts] = Operation(
    "domain_certs.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class DomainCertsContext(InstanceContext):
    """One DomainCerts: ``/v2/LinkShortening/Domains/{DomainSid}/Certificate``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this DomainCerts: ``GET /v2/LinkShortening/Domains/{DomainSid}/Certificate``.

    The instance is addressed by ``{DomainSid}``, matching ``^DN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DomainCerts

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this DomainCerts: ``GET /v2/LinkShortening/Domains/{DomainSid}/Certificate``.

    The instance is addressed by ``{DomainSid}``, matching ``^DN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DomainCerts

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class DomainCertsList(KeyedList[DomainCertsContext]):
    """DomainCerts collection."""

    __slots__ = ()
    _key = ("DomainSid", "domain_sid", "^DN[0-9a-fA-F]{32}$")
