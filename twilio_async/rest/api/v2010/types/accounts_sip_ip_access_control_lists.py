# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipIpAccessControlList models (``accounts.sip.ip_access_control_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_ip_access_control_lists import SipIpAccessControlListContext


class SipIpAccessControlList(InstanceModel["SipIpAccessControlListContext"]):
    """A SipIpAccessControlList as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipIpAccessControlListContext.fetch
        update: ClassVar = SipIpAccessControlListContext.update
        delete: ClassVar = SipIpAccessControlListContext.delete
        ip_addresses: ClassVar = SipIpAccessControlListContext.ip_addresses

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_ip_access_control_lists import SipIpAccessControlListContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        ip_addresses = FromContext()
