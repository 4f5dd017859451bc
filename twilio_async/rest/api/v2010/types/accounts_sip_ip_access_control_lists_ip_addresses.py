# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipIpAddress models (``accounts.sip.ip_access_control_lists.ip_addresses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_sip_ip_access_control_lists_ip_addresses import SipIpAddressContext


class SipIpAddress(InstanceModel["SipIpAddressContext"]):
    """A SipIpAddress as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    ip_address: str | None = None
    cidr_prefix_length: WireInt | None = None
    ip_access_control_list_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SipIpAddressContext.fetch
        update: ClassVar = SipIpAddressContext.update
        delete: ClassVar = SipIpAddressContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_sip_ip_access_control_lists_ip_addresses import SipIpAddressContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
