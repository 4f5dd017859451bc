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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this NetworkAccessProfile: ``GET /v1/NetworkAccessProfiles/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this NetworkAccessProfile: ``GET /v1/NetworkAccessProfiles/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """
    update = _UPDATE.call_method(
        NetworkAccessProfileUpdateArgs,
        """Update this NetworkAccessProfile: ``POST /v1/NetworkAccessProfiles/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Update this NetworkAccessProfile: ``POST /v1/NetworkAccessProfiles/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """
    networks: Child[NetworkAccessProfileNetworkList] = Child(
        ".network_access_profiles_networks", "NetworkAccessProfileNetworkList"
    )


class NetworkAccessProfileList(KeyedList[NetworkAccessProfileContext]):
    """NetworkAccessProfile collection: ``/v1/NetworkAccessProfiles``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        NetworkAccessProfileCreateArgs,
        """Create a NetworkAccessProfile: ``POST /v1/NetworkAccessProfiles``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        networks (Sequence[str]): ``Networks``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a NetworkAccessProfile: ``POST /v1/NetworkAccessProfiles``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        networks (Sequence[str]): ``Networks``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        ListArgs,
        """List NetworkAccessProfile resources, every page up to ``limit`` items: ``GET /v1/NetworkAccessProfiles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[NetworkAccessProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List NetworkAccessProfile resources, every page up to ``limit`` items: ``GET /v1/NetworkAccessProfiles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[NetworkAccessProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream NetworkAccessProfile resources, one page in memory at a time: ``GET /v1/NetworkAccessProfiles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of NetworkAccessProfile.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream NetworkAccessProfile resources, one page in memory at a time: ``GET /v1/NetworkAccessProfiles``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of NetworkAccessProfile.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of NetworkAccessProfile resources (``next_page()`` moves on): ``GET /v1/NetworkAccessProfiles``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[NetworkAccessProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of NetworkAccessProfile resources (``next_page()`` moves on): ``GET /v1/NetworkAccessProfiles``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[NetworkAccessProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """
