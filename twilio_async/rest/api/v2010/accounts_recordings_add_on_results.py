# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResult resources (``accounts.recordings.add_on_results``)."""

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
    from .accounts_recordings_add_on_results_payloads import RecordingAddOnResultPayloadList
    from .types.accounts_recordings_add_on_results import RecordingAddOnResult

_TYPES = Models(__package__, ".types.accounts_recordings_add_on_results")
_MODEL = _TYPES("RecordingAddOnResult")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/AddOnResults.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/AddOnResults/{2}.json"
_LIST: Operation[RecordingAddOnResult] = Operation(
    "add_on_results.list", "GET", _LIST_PATH, body="none", list_key="add_on_results", model=_MODEL
)
_FETCH: Operation[RecordingAddOnResult] = Operation(
    "add_on_results.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("add_on_results.delete", "DELETE", _INSTANCE_PATH, body="none")


class RecordingAddOnResultContext(InstanceContext):
    """One RecordingAddOnResult: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RecordingAddOnResult: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingAddOnResult

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this RecordingAddOnResult: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingAddOnResult

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this RecordingAddOnResult: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this RecordingAddOnResult: ``DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^XR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    payloads: Child[RecordingAddOnResultPayloadList] = Child(
        ".accounts_recordings_add_on_results_payloads", "RecordingAddOnResultPayloadList"
    )


class RecordingAddOnResultList(KeyedList[RecordingAddOnResultContext]):
    """RecordingAddOnResult collection: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List RecordingAddOnResult resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RecordingAddOnResult]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List RecordingAddOnResult resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RecordingAddOnResult]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RecordingAddOnResult resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RecordingAddOnResult.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream RecordingAddOnResult resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RecordingAddOnResult.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RecordingAddOnResult resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RecordingAddOnResult]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of RecordingAddOnResult resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RecordingAddOnResult]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
