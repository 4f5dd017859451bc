# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductChannelEndpointAssignment resources (``trust_products.trust_products_channel_endpoint_assignment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
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
    from .types.trust_products_trust_products_channel_endpoint_assignment import (
        TrustProductChannelEndpointAssignment,
    )

_TYPES = Models(__package__, ".types.trust_products_trust_products_channel_endpoint_assignment")
_MODEL = _TYPES("TrustProductChannelEndpointAssignment")
_LIST_PATH = "/v1/TrustProducts/{0}/ChannelEndpointAssignments"
_INSTANCE_PATH = "/v1/TrustProducts/{0}/ChannelEndpointAssignments/{1}"
_CREATE: Operation[TrustProductChannelEndpointAssignment] = Operation(
    "trust_products_channel_endpoint_assignment.create",
    "POST",
    _LIST_PATH,
    body="form",
    model=_MODEL,
).with_params(
    P("channel_endpoint_type", "ChannelEndpointType", FORM, "string", required=True),
    P("channel_endpoint_sid", "ChannelEndpointSid", FORM, "string", required=True),
)
_LIST: Operation[TrustProductChannelEndpointAssignment] = Operation(
    "trust_products_channel_endpoint_assignment.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
).with_params(
    P("channel_endpoint_sid", "ChannelEndpointSid", QUERY, "string"),
    P("channel_endpoint_sids", "ChannelEndpointSids", QUERY, "string"),
)
_FETCH: Operation[TrustProductChannelEndpointAssignment] = Operation(
    "trust_products_channel_endpoint_assignment.fetch",
    "GET",
    _INSTANCE_PATH,
    body="none",
    model=_MODEL,
)
_DELETE: Operation[None] = Operation(
    "trust_products_channel_endpoint_assignment.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class TrustProductChannelEndpointAssignmentCreateArgs(Args):
    channel_endpoint_type: str
    channel_endpoint_sid: str


class TrustProductChannelEndpointAssignmentFilters(Args):
    channel_endpoint_sid: str | NotGiven = NOT_GIVEN
    channel_endpoint_sids: str | NotGiven = NOT_GIVEN


class TrustProductChannelEndpointAssignmentListArgs(
    TrustProductChannelEndpointAssignmentFilters, ListArgs
): ...


class TrustProductChannelEndpointAssignmentPageArgs(
    TrustProductChannelEndpointAssignmentFilters, PageArgs
): ...


class TrustProductChannelEndpointAssignmentContext(InstanceContext):
    """One TrustProductChannelEndpointAssignment: ``/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this TrustProductChannelEndpointAssignment: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductChannelEndpointAssignment

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this TrustProductChannelEndpointAssignment: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductChannelEndpointAssignment

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this TrustProductChannelEndpointAssignment: ``DELETE /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this TrustProductChannelEndpointAssignment: ``DELETE /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TrustProductChannelEndpointAssignmentList(
    KeyedList[TrustProductChannelEndpointAssignmentContext]
):
    """TrustProductChannelEndpointAssignment collection: ``/v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        TrustProductChannelEndpointAssignmentCreateArgs,
        """Create a TrustProductChannelEndpointAssignment: ``POST /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the form body unless noted.

    Args:
        channel_endpoint_type (str): ``ChannelEndpointType``; string; required.
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductChannelEndpointAssignment

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a TrustProductChannelEndpointAssignment: ``POST /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the form body unless noted.

    Args:
        channel_endpoint_type (str): ``ChannelEndpointType``; string; required.
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductChannelEndpointAssignment

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        TrustProductChannelEndpointAssignmentListArgs,
        """List TrustProductChannelEndpointAssignment resources, every page up to ``limit`` items: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the query string unless noted.

    Args:
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        channel_endpoint_sids (str): ``ChannelEndpointSids``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TrustProductChannelEndpointAssignment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List TrustProductChannelEndpointAssignment resources, every page up to ``limit`` items: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the query string unless noted.

    Args:
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        channel_endpoint_sids (str): ``ChannelEndpointSids``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TrustProductChannelEndpointAssignment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        TrustProductChannelEndpointAssignmentListArgs,
        """Stream TrustProductChannelEndpointAssignment resources, one page in memory at a time: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the query string unless noted.

    Args:
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        channel_endpoint_sids (str): ``ChannelEndpointSids``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TrustProductChannelEndpointAssignment.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream TrustProductChannelEndpointAssignment resources, one page in memory at a time: ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the query string unless noted.

    Args:
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        channel_endpoint_sids (str): ``ChannelEndpointSids``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TrustProductChannelEndpointAssignment.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        TrustProductChannelEndpointAssignmentPageArgs,
        """One page of TrustProductChannelEndpointAssignment resources (``next_page()`` moves on): ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the query string unless noted.

    Args:
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        channel_endpoint_sids (str): ``ChannelEndpointSids``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TrustProductChannelEndpointAssignment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of TrustProductChannelEndpointAssignment resources (``next_page()`` moves on): ``GET /v1/TrustProducts/{TrustProductSid}/ChannelEndpointAssignments``.

    Parameters are sent in the query string unless noted.

    Args:
        channel_endpoint_sid (str): ``ChannelEndpointSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        channel_endpoint_sids (str): ``ChannelEndpointSids``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TrustProductChannelEndpointAssignment]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
