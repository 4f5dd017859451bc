# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""DialingPermissionsCountryInstance models (``dialing_permissions.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..dialing_permissions_countries import DialingPermissionsCountryInstanceContext


class DialingPermissionsCountryInstance(InstanceModel["DialingPermissionsCountryInstanceContext"]):
    """A DialingPermissionsCountryInstance as returned by the API."""

    iso_code: str | None = None
    name: str | None = None
    continent: str | None = None
    country_codes: list[str] | None = None
    low_risk_numbers_enabled: bool | None = None
    high_risk_special_numbers_enabled: bool | None = None
    high_risk_tollfraud_numbers_enabled: bool | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "iso_code"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DialingPermissionsCountryInstanceContext.fetch
        highrisk_special_prefixes: ClassVar = (
            DialingPermissionsCountryInstanceContext.highrisk_special_prefixes
        )

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..dialing_permissions_countries import DialingPermissionsCountryInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
        highrisk_special_prefixes = FromContext()
