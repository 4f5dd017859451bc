# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Regulation models (``regulatory_compliance.regulations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import RegulationEndUserType

if TYPE_CHECKING:
    from ..regulatory_compliance_regulations import RegulationContext


class Regulation(InstanceModel["RegulationContext"]):
    """A Regulation as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    iso_country: str | None = None
    number_type: str | None = None
    end_user_type: RegulationEndUserType | None = None
    requirements: Any | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RegulationContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..regulatory_compliance_regulations import RegulationContext  # noqa: F401
    else:
        fetch = FromContext()
