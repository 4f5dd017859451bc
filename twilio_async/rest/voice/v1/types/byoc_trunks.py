# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ByocTrunk models (``byoc_trunks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..byoc_trunks import ByocTrunkContext


class ByocTrunk(InstanceModel["ByocTrunkContext"]):
    """A ByocTrunk as returned by the API."""

    account_sid: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    voice_url: str | None = None
    voice_method: str | None = None
    voice_fallback_url: str | None = None
    voice_fallback_method: str | None = None
    status_callback_url: str | None = None
    status_callback_method: str | None = None
    cnam_lookup_enabled: bool | None = None
    connection_policy_sid: str | None = None
    from_domain_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ByocTrunkContext.fetch
        update: ClassVar = ByocTrunkContext.update
        delete: ClassVar = ByocTrunkContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..byoc_trunks import ByocTrunkContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
