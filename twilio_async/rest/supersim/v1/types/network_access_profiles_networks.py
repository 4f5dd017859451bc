# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""NetworkAccessProfileNetwork models (``network_access_profiles.networks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..network_access_profiles_networks import NetworkAccessProfileNetworkContext


class NetworkAccessProfileNetwork(InstanceModel["NetworkAccessProfileNetworkContext"]):
    """A NetworkAccessProfileNetwork as returned by the API."""

    sid: str
    network_access_profile_sid: str | None = None
    friendly_name: str | None = None
    iso_country: str | None = None
    identifiers: list[Any] | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = NetworkAccessProfileNetworkContext.fetch
        delete: ClassVar = NetworkAccessProfileNetworkContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..network_access_profiles_networks import NetworkAccessProfileNetworkContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
