# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""NetworkAccessProfileNetwork resources (``network_access_profiles.networks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.network_access_profiles_networks import NetworkAccessProfileNetwork

_TYPES = Models(__package__, ".types.network_access_profiles_networks")
_MODEL = _TYPES("NetworkAccessProfileNetwork")
_LIST_PATH = "/v1/NetworkAccessProfiles/{0}/Networks"
_INSTANCE_PATH = "/v1/NetworkAccessProfiles/{0}/Networks/{1}"
_CREATE: Operation[NetworkAccessProfileNetwork] = Operation(
    "networks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("network", "Network", FORM, "string", required=True))
_LIST: Operation[NetworkAccessProfileNetwork] = Operation(
    "networks.list", "GET", _LIST_PATH, body="none", list_key="networks", model=_MODEL
)
_FETCH: Operation[NetworkAccessProfileNetwork] = Operation(
    "networks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("networks.delete", "DELETE", _INSTANCE_PATH, body="none")


class NetworkAccessProfileNetworkCreateArgs(Args):
    network: str


class NetworkAccessProfileNetworkContext(InstanceContext):
    """One NetworkAccessProfileNetwork: ``/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this NetworkAccessProfileNetwork: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this NetworkAccessProfileNetwork: ``DELETE /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``; returns True."""


class NetworkAccessProfileNetworkList(KeyedList[NetworkAccessProfileNetworkContext]):
    """NetworkAccessProfileNetwork collection: ``/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(NetworkAccessProfileNetworkCreateArgs)
    """Create a NetworkAccessProfileNetwork: ``POST /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``."""
    list = _LIST.list_method(ListArgs)
    """List NetworkAccessProfileNetwork resources: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream NetworkAccessProfileNetwork resources: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of NetworkAccessProfileNetwork resources: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``; ``next_page()`` moves on."""
