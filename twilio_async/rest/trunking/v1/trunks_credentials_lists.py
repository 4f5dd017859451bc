# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""CredentialList resources (``trunks.credentials_lists``)."""

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
    from .types.trunks_credentials_lists import CredentialList

_TYPES = Models(__package__, ".types.trunks_credentials_lists")
_MODEL = _TYPES("CredentialList")
_LIST_PATH = "/v1/Trunks/{0}/CredentialLists"
_INSTANCE_PATH = "/v1/Trunks/{0}/CredentialLists/{1}"
_CREATE: Operation[CredentialList] = Operation(
    "credentials_lists.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("credential_list_sid", "CredentialListSid", FORM, "string", required=True))
_LIST: Operation[CredentialList] = Operation(
    "credentials_lists.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="credential_lists",
    model=_MODEL,
)
_FETCH: Operation[CredentialList] = Operation(
    "credentials_lists.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "credentials_lists.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CredentialListCreateArgs(Args):
    credential_list_sid: str


class CredentialListContext(InstanceContext):
    """One CredentialList: ``/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CredentialList: ``GET /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Fetch this CredentialList: ``GET /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this CredentialList: ``DELETE /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Delete this CredentialList: ``DELETE /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^CL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """


class CredentialListList(KeyedList[CredentialListContext]):
    """CredentialList collection: ``/v1/Trunks/{TrunkSid}/CredentialLists``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CredentialListCreateArgs,
        """Create a CredentialList: ``POST /v1/Trunks/{TrunkSid}/CredentialLists``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Create a CredentialList: ``POST /v1/Trunks/{TrunkSid}/CredentialLists``.

    Parameters are sent in the form body unless noted.

    Args:
        credential_list_sid (str): ``CredentialListSid``; string; matching ``^CL[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CredentialList

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    list = _LIST.list_method(
        ListArgs,
        """List CredentialList resources, every page up to ``limit`` items: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CredentialList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """List CredentialList resources, every page up to ``limit`` items: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CredentialList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CredentialList resources, one page in memory at a time: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CredentialList.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """Stream CredentialList resources, one page in memory at a time: ``GET /v1/Trunks/{TrunkSid}/CredentialLists``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CredentialList.

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CredentialList resources (``next_page()`` moves on): ``GET /v1/Trunks/{TrunkSid}/CredentialLists``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CredentialList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """,
    )
    """One page of CredentialList resources (``next_page()`` moves on): ``GET /v1/Trunks/{TrunkSid}/CredentialLists``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CredentialList]

    Twilio docs: https://www.twilio.com/docs/sip-trunking
    """
