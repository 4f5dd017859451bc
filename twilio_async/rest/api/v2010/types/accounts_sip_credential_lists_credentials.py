# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipCredential models (``accounts.sip.credential_lists.credentials``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_credential_lists_credentials import SipCredentialContext


class SipCredential(InstanceModel["SipCredentialContext"]):
    """A SipCredential as returned by the API."""

    sid: str
    account_sid: str | None = None
    credential_list_sid: str | None = None
    username: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipCredentialContext.fetch
        update: ClassVar = SipCredentialContext.update
        delete: ClassVar = SipCredentialContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_credential_lists_credentials import SipCredentialContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
