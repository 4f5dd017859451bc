# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipDomain models (``accounts.sip.domains``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_domains import SipDomainContext


class SipDomain(InstanceModel["SipDomainContext"]):
    """A SipDomain as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    auth_type: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    domain_name: str | None = None
    friendly_name: str | None = None
    sid: str
    uri: str | None = None
    voice_fallback_method: str | None = None
    voice_fallback_url: str | None = None
    voice_method: str | None = None
    voice_status_callback_method: str | None = None
    voice_status_callback_url: str | None = None
    voice_url: str | None = None
    subresource_uris: dict[str, Any] | None = None
    sip_registration: bool | None = None
    emergency_calling_enabled: bool | None = None
    secure: bool | None = None
    byoc_trunk_sid: str | None = None
    emergency_caller_sid: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipDomainContext.fetch
        update: ClassVar = SipDomainContext.update
        delete: ClassVar = SipDomainContext.delete
        auth: ClassVar = SipDomainContext.auth
        credential_list_mappings: ClassVar = SipDomainContext.credential_list_mappings
        ip_access_control_list_mappings: ClassVar = SipDomainContext.ip_access_control_list_mappings

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_domains import SipDomainContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        auth = FromContext()
        credential_list_mappings = FromContext()
        ip_access_control_list_mappings = FromContext()
