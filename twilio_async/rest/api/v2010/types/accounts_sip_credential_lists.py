# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipCredentialList models (``accounts.sip.credential_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_credential_lists import SipCredentialListContext


class SipCredentialList(InstanceModel["SipCredentialListContext"]):
    """A SipCredentialList as returned by the API."""

    account_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    sid: str
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipCredentialListContext.fetch
        update: ClassVar = SipCredentialListContext.update
        delete: ClassVar = SipCredentialListContext.delete
        credentials: ClassVar = SipCredentialListContext.credentials

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_credential_lists import SipCredentialListContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        credentials = FromContext()
