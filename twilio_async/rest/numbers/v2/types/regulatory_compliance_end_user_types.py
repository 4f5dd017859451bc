# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""EndUserType models (``regulatory_compliance.end_user_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..regulatory_compliance_end_user_types import EndUserTypeContext


class EndUserType(InstanceModel["EndUserTypeContext"]):
    """A EndUserType as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    machine_name: str | None = None
    fields_: list[Any] | None = Field(default=None, alias="fields")
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EndUserTypeContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..regulatory_compliance_end_user_types import EndUserTypeContext  # noqa: F401
    else:
        fetch = FromContext()
