# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthCallsIpAccessControlListMapping models (``accounts.sip.domains.auth.calls.ip_access_control_list_mappings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
        AuthCallsIpAccessControlListMappingContext,
    )


class AuthCallsIpAccessControlListMapping(
    InstanceModel["AuthCallsIpAccessControlListMappingContext"]
):
    """A AuthCallsIpAccessControlListMapping as returned by the API."""

    account_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    sid: str

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AuthCallsIpAccessControlListMappingContext.fetch
        delete: ClassVar = AuthCallsIpAccessControlListMappingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
                AuthCallsIpAccessControlListMappingContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
