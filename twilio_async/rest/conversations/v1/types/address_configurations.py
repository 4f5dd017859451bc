# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConfigurationAddress models (``address_configurations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..address_configurations import ConfigurationAddressContext


class ConfigurationAddress(InstanceModel["ConfigurationAddressContext"]):
    """A ConfigurationAddress as returned by the API."""

    sid: str
    account_sid: str | None = None
    type: str | None = None
    address: str | None = None
    friendly_name: str | None = None
    auto_creation: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    address_country: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConfigurationAddressContext.fetch
        update: ClassVar = ConfigurationAddressContext.update
        delete: ClassVar = ConfigurationAddressContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..address_configurations import ConfigurationAddressContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
