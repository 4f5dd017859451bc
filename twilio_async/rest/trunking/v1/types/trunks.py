# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Trunk models (``trunks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import TrunkTransferCallerId, TrunkTransferSetting

if TYPE_CHECKING:
    from ..trunks import TrunkContext


class Trunk(InstanceModel["TrunkContext"]):
    """A Trunk as returned by the API."""

    account_sid: str | None = None
    domain_name: str | None = None
    disaster_recovery_method: str | None = None
    disaster_recovery_url: str | None = None
    friendly_name: str | None = None
    secure: bool | None = None
    recording: Any | None = None
    transfer_mode: TrunkTransferSetting | None = None
    transfer_caller_id: TrunkTransferCallerId | None = None
    cnam_lookup_enabled: bool | None = None
    auth_type: str | None = None
    symmetric_rtp_enabled: bool | None = None
    auth_type_set: list[str] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = TrunkContext.fetch
        update: ClassVar = TrunkContext.update
        delete: ClassVar = TrunkContext.delete
        credentials_lists: ClassVar = TrunkContext.credentials_lists
        ip_access_control_lists: ClassVar = TrunkContext.ip_access_control_lists
        origination_urls: ClassVar = TrunkContext.origination_urls
        phone_numbers: ClassVar = TrunkContext.phone_numbers
        recordings: ClassVar = TrunkContext.recordings

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trunks import TrunkContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        credentials_lists = FromContext()
        ip_access_control_lists = FromContext()
        origination_urls = FromContext()
        phone_numbers = FromContext()
        recordings = FromContext()
