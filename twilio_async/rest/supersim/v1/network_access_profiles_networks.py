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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this NetworkAccessProfileNetwork: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfileNetwork

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this NetworkAccessProfileNetwork: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfileNetwork

    Twilio docs: https://www.twilio.com/docs/iot
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this NetworkAccessProfileNetwork: ``DELETE /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Delete this NetworkAccessProfileNetwork: ``DELETE /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iot
    """


class NetworkAccessProfileNetworkList(KeyedList[NetworkAccessProfileNetworkContext]):
    """NetworkAccessProfileNetwork collection: ``/v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        NetworkAccessProfileNetworkCreateArgs,
        """Create a NetworkAccessProfileNetwork: ``POST /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Parameters are sent in the form body unless noted.

    Args:
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfileNetwork

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a NetworkAccessProfileNetwork: ``POST /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Parameters are sent in the form body unless noted.

    Args:
        network (str): ``Network``; string; matching ``^HW[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        NetworkAccessProfileNetwork

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        ListArgs,
        """List NetworkAccessProfileNetwork resources, every page up to ``limit`` items: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[NetworkAccessProfileNetwork]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List NetworkAccessProfileNetwork resources, every page up to ``limit`` items: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[NetworkAccessProfileNetwork]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream NetworkAccessProfileNetwork resources, one page in memory at a time: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of NetworkAccessProfileNetwork.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream NetworkAccessProfileNetwork resources, one page in memory at a time: ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of NetworkAccessProfileNetwork.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of NetworkAccessProfileNetwork resources (``next_page()`` moves on): ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[NetworkAccessProfileNetwork]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of NetworkAccessProfileNetwork resources (``next_page()`` moves on): ``GET /v1/NetworkAccessProfiles/{NetworkAccessProfileSid}/Networks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[NetworkAccessProfileNetwork]

    Twilio docs: https://www.twilio.com/docs/iot
    """
