# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""IpAccessControlList models (``trunks.ip_access_control_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..trunks_ip_access_control_lists import IpAccessControlListContext


class IpAccessControlList(InstanceModel["IpAccessControlListContext"]):
    """A IpAccessControlList as returned by the API."""

    account_sid: str | None = None
    sid: str
    trunk_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = IpAccessControlListContext.fetch
        delete: ClassVar = IpAccessControlListContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trunks_ip_access_control_lists import IpAccessControlListContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
