# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""EsimProfile models (``esim_profiles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import EsimProfileStatus

if TYPE_CHECKING:
    from ..esim_profiles import EsimProfileContext


class EsimProfile(InstanceModel["EsimProfileContext"]):
    """A EsimProfile as returned by the API."""

    sid: str
    account_sid: str | None = None
    iccid: str | None = None
    sim_sid: str | None = None
    status: EsimProfileStatus | None = None
    eid: str | None = None
    smdp_plus_address: str | None = None
    matching_id: str | None = None
    activation_code: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EsimProfileContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..esim_profiles import EsimProfileContext  # noqa: F401
    else:
        fetch = FromContext()
