# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""SipIpAccessControlList models (``accounts.sip.ip_access_control_lists``)."""

from __future__ import annotations

from typing import Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import InstanceModel

from ..accounts_sip_ip_access_control_lists import SipIpAccessControlListContext


class SipIpAccessControlList(InstanceModel[SipIpAccessControlListContext]):
    """A SipIpAccessControlList as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None

    _key_field = "sid"
    fetch: ClassVar = SipIpAccessControlListContext.fetch
    update: ClassVar = SipIpAccessControlListContext.update
    delete: ClassVar = SipIpAccessControlListContext.delete
    ip_addresses: ClassVar = SipIpAccessControlListContext.ip_addresses
