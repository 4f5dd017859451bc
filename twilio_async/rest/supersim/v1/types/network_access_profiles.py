# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""NetworkAccessProfile models (``network_access_profiles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..network_access_profiles import NetworkAccessProfileContext


class NetworkAccessProfile(InstanceModel["NetworkAccessProfileContext"]):
    """A NetworkAccessProfile as returned by the API."""

    sid: str
    unique_name: str | None = None
    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = NetworkAccessProfileContext.fetch
        update: ClassVar = NetworkAccessProfileContext.update
        networks: ClassVar = NetworkAccessProfileContext.networks

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..network_access_profiles import NetworkAccessProfileContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        networks = FromContext()
