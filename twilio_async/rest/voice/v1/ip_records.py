# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""IpRecord resources (``ip_records``)."""

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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.ip_records import IpRecord

_TYPES = Models(__package__, ".types.ip_records")
_MODEL = _TYPES("IpRecord")
_LIST_PATH = "/v1/IpRecords"
_INSTANCE_PATH = "/v1/IpRecords/{0}"
_CREATE: Operation[IpRecord] = Operation(
    "ip_records.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("ip_address", "IpAddress", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("cidr_prefix_length", "CidrPrefixLength", FORM, "integer"),
)
_LIST: Operation[IpRecord] = Operation(
    "ip_records.list", "GET", _LIST_PATH, body="none", list_key="ip_records", model=_MODEL
)
_FETCH: Operation[IpRecord] = Operation(
    "ip_records.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[IpRecord] = Operation(
    "ip_records.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("ip_records.delete", "DELETE", _INSTANCE_PATH, body="none")


class IpRecordCreateArgs(Args):
    ip_address: str
    friendly_name: str | NotGiven = NOT_GIVEN
    cidr_prefix_length: int | NotGiven = NOT_GIVEN


class IpRecordUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class IpRecordContext(InstanceContext):
    """One IpRecord: ``/v1/IpRecords/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this IpRecord: ``GET /v1/IpRecords/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpRecord

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Fetch this IpRecord: ``GET /v1/IpRecords/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpRecord

    Twilio docs: https://www.twilio.com/docs/voice
    """
    update = _UPDATE.call_method(
        IpRecordUpdateArgs,
        """Update this IpRecord: ``POST /v1/IpRecords/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpRecord

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Update this IpRecord: ``POST /v1/IpRecords/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpRecord

    Twilio docs: https://www.twilio.com/docs/voice
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this IpRecord: ``DELETE /v1/IpRecords/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Delete this IpRecord: ``DELETE /v1/IpRecords/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^IL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice
    """


class IpRecordList(KeyedList[IpRecordContext]):
    """IpRecord collection: ``/v1/IpRecords``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^IL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        IpRecordCreateArgs,
        """Create a IpRecord: ``POST /v1/IpRecords``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_address (str): ``IpAddress``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        cidr_prefix_length (int): ``CidrPrefixLength``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpRecord

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Create a IpRecord: ``POST /v1/IpRecords``.

    Parameters are sent in the form body unless noted.

    Args:
        ip_address (str): ``IpAddress``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        cidr_prefix_length (int): ``CidrPrefixLength``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpRecord

    Twilio docs: https://www.twilio.com/docs/voice
    """
    list = _LIST.list_method(
        ListArgs,
        """List IpRecord resources, every page up to ``limit`` items: ``GET /v1/IpRecords``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IpRecord]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List IpRecord resources, every page up to ``limit`` items: ``GET /v1/IpRecords``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IpRecord]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream IpRecord resources, one page in memory at a time: ``GET /v1/IpRecords``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IpRecord.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream IpRecord resources, one page in memory at a time: ``GET /v1/IpRecords``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IpRecord.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of IpRecord resources (``next_page()`` moves on): ``GET /v1/IpRecords``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IpRecord]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of IpRecord resources (``next_page()`` moves on): ``GET /v1/IpRecords``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IpRecord]

    Twilio docs: https://www.twilio.com/docs/voice
    """
