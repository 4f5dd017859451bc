# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""OverridesResponse models (``phone_numbers.lookup_overrides``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..phone_numbers_lookup_overrides import OverridesResponseContext


class OverridesResponse(InstanceModel["OverridesResponseContext"]):
    """A OverridesResponse as returned by the API."""

    phone_number: str | None = None
    original_line_type: str | None = None
    overridden_line_type: str | None = None
    override_reason: str | None = None
    override_timestamp: IsoDateTime | None = None
    overridden_by_account_sid: str | None = None

    _key_field = "field"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = OverridesResponseContext.create
        fetch: ClassVar = OverridesResponseContext.fetch
        update: ClassVar = OverridesResponseContext.update
        delete: ClassVar = OverridesResponseContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..phone_numbers_lookup_overrides import OverridesResponseContext  # noqa: F401
    else:
        create = FromContext()
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
