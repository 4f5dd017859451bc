# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipCredentialListMapping models (``accounts.sip.domains.credential_list_mappings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_domains_credential_list_mappings import SipCredentialListMappingContext


class SipCredentialListMapping(InstanceModel["SipCredentialListMappingContext"]):
    """A SipCredentialListMapping as returned by the API."""

    account_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    domain_sid: str | None = None
    friendly_name: str | None = None
    sid: str
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipCredentialListMappingContext.fetch
        delete: ClassVar = SipCredentialListMappingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_domains_credential_list_mappings import (
                SipCredentialListMappingContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
