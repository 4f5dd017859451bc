# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResultPayload resources (``accounts.recordings.add_on_results.payloads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .accounts_recordings_add_on_results_payloads_data import (
        RecordingAddOnResultPayloadDataList,
    )
    from .types.accounts_recordings_add_on_results_payloads import RecordingAddOnResultPayload

_TYPES = Models(__package__, ".types.accounts_recordings_add_on_results_payloads")
_MODEL = _TYPES("RecordingAddOnResultPayload")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/AddOnResults/{2}/Payloads.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/AddOnResults/{2}/Payloads/{3}.json"
_LIST: Operation[RecordingAddOnResultPayload] = Operation(
    "payloads.list", "GET", _LIST_PATH, body="none", list_key="payloads", model=_MODEL
)
_FETCH: Operation[RecordingAddOnResultPayload] = Operation(
    "payloads.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("payloads.delete", "DELETE", _INSTANCE_PATH, body="none")


class RecordingAddOnResultPayloadContext(InstanceContext):
    """One RecordingAddOnResultPayload: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RecordingAddOnResultPayload: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingAddOnResultPayload

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this RecordingAddOnResultPayload: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingAddOnResultPayload

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this RecordingAddOnResultPayload: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this RecordingAddOnResultPayload: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    data: Child[RecordingAddOnResultPayloadDataList] = Child(
        ".accounts_recordings_add_on_results_payloads_data", "RecordingAddOnResultPayloadDataList"
    )


class RecordingAddOnResultPayloadList(KeyedList[RecordingAddOnResultPayloadContext]):
    """RecordingAddOnResultPayload collection: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XH[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List RecordingAddOnResultPayload resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RecordingAddOnResultPayload]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List RecordingAddOnResultPayload resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RecordingAddOnResultPayload]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RecordingAddOnResultPayload resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RecordingAddOnResultPayload.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream RecordingAddOnResultPayload resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RecordingAddOnResultPayload.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RecordingAddOnResultPayload resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RecordingAddOnResultPayload]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of RecordingAddOnResultPayload resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RecordingAddOnResultPayload]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
