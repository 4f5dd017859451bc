# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthCallsCredentialListMapping models (``accounts.sip.domains.auth.calls.credential_list_mappings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_domains_auth_calls_credential_list_mappings import (
        AuthCallsCredentialListMappingContext,
    )


class AuthCallsCredentialListMapping(InstanceModel["AuthCallsCredentialListMappingContext"]):
    """A AuthCallsCredentialListMapping as returned by the API."""

    account_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    sid: str

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AuthCallsCredentialListMappingContext.fetch
        delete: ClassVar = AuthCallsCredentialListMappingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_domains_auth_calls_credential_list_mappings import (
                AuthCallsCredentialListMappingContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
