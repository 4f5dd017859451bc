# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""NetworkAccessProfile resources (``network_access_profiles``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .network_access_profiles_networks import NetworkAccessProfileNetworkList
    from .types.network_access_profiles import NetworkAccessProfile

_TYPES = Models(__package__, ".types.network_access_profiles")
_MODEL = _TYPES("NetworkAccessProfile")
_LIST_PATH = "/v1/NetworkAccessProfiles"
_INSTANCE_PATH = "/v1/NetworkAccessProfiles/{0}"
_CREATE: Operation[NetworkAccessProfile] = Operation(
    "network_access_profiles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("networks", "Networks", FORM, "string", many=True),
)
_LIST: Operation[NetworkAccessProfile] = Operation(
    "network_access_profiles.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="network_access_profiles",
    model=_MODEL,
)
_FETCH: Operation[NetworkAccessProfile] = Operation(
    "network_access_profiles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[NetworkAccessProfile] = Operation(
    "network_access_profiles.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("unique_name", "UniqueName", FORM, "string"))


class NetworkAccessProfileCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    networks: Sequence[str] | NotGiven = NOT_GIVEN


class NetworkAccessProfileUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN


class NetworkAccessProfileContext(InstanceContext):
    """One NetworkAccessProfile: ``/v1/NetworkAccessProfiles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this NetworkAccessProfile: ``GET /v1/NetworkAccessProfiles/{Sid}``."""
    update = _UPDATE.call_method(NetworkAccessProfileUpdateArgs)
    """Update this NetworkAccessProfile: ``POST /v1/NetworkAccessProfiles/{Sid}``."""
    networks: Child[NetworkAccessProfileNetworkList] = Child(
        ".network_access_profiles_networks", "NetworkAccessProfileNetworkList"
    )


class NetworkAccessProfileList(KeyedList[NetworkAccessProfileContext]):
    """NetworkAccessProfile collection: ``/v1/NetworkAccessProfiles``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(NetworkAccessProfileCreateArgs)
    """Create a NetworkAccessProfile: ``POST /v1/NetworkAccessProfiles``."""
    list = _LIST.list_method(ListArgs)
    """List NetworkAccessProfile resources: ``GET /v1/NetworkAccessProfiles``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream NetworkAccessProfile resources: ``GET /v1/NetworkAccessProfiles``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of NetworkAccessProfile resources: ``GET /v1/NetworkAccessProfiles``; ``next_page()`` moves on."""
