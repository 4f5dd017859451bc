# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""IpAccessControlList resources (``trunks.ip_access_control_lists``)."""

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
    from .types.trunks_ip_access_control_lists import IpAccessControlList

_TYPES = Models(__package__, ".types.trunks_ip_access_control_lists")
_MODEL = _TYPES("IpAccessControlList")
_LIST_PATH = "/v1/Trunks/{0}/IpAccessControlLists"
_INSTANCE_PATH = "/v1/Trunks/{0}/IpAccessControlLists/{1}"
_CREATE: Operation[IpAccessControlList] = Operation(
    "ip_access_control_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_access_control_list_sid", "IpAccessControlListSid", FORM, "string", required=True)
)
_LIST: Operation[IpAccessControlList] = Operation(
    "ip_access_control_lists.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="ip_access_control_lists",
    model=_MODEL,
)
_FETCH: Operation[IpAccessControlList] = Operation(
    "ip_access_control_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "ip_access_control_lists.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class IpAccessControlListCreateArgs(Args):
    ip_access_control_list_sid: str


class IpAccessControlListContext(InstanceContext):
    """One IpAccessControlList: ``/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this IpAccessControlList: ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpAccessControlList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Fetch this IpAccessControlList: ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpAccessControlList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this IpAccessControlList: ``DELETE /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Delete this IpAccessControlList: ``DELETE /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^AL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """


class IpAccessControlListList(KeyedList[IpAccessControlListContext]):
    """IpAccessControlList collection: ``/v1/Trunks/{TrunkSid}/IpAccessControlLists``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        IpAccessControlListCreateArgs,
        """Create a IpAccessControlList: ``POST /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_access_control_list_sid (str): ``IpAccessControlListSid``; string; matching ``^AL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpAccessControlList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Create a IpAccessControlList: ``POST /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_access_control_list_sid (str): ``IpAccessControlListSid``; string; matching ``^AL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpAccessControlList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    list = _LIST.list_method(
        ListArgs,
        """List IpAccessControlList resources, every page up to ``limit`` items: ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """List IpAccessControlList resources, every page up to ``limit`` items: ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream IpAccessControlList resources, one page in memory at a time: ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IpAccessControlList.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Stream IpAccessControlList resources, one page in memory at a time: ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IpAccessControlList.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of IpAccessControlList resources (``next_page()`` moves on): ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """One page of IpAccessControlList resources (``next_page()`` moves on): ``GET /v1/Trunks/{TrunkSid}/IpAccessControlLists``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IpAccessControlList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
