# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResultPayloadData resources (``accounts.recordings.add_on_results.payloads.data``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.accounts_recordings_add_on_results_payloads_data import (
        RecordingAddOnResultPayloadData,
    )

_TYPES = Models(__package__, ".types.accounts_recordings_add_on_results_payloads_data")
_MODEL = _TYPES("RecordingAddOnResultPayloadData")
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Recordings/{1}/AddOnResults/{2}/Payloads/{3}/Data.json"
_FETCH: Operation[RecordingAddOnResultPayloadData] = Operation(
    "data.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class RecordingAddOnResultPayloadDataContext(InstanceContext):
    """One RecordingAddOnResultPayloadData: ``/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RecordingAddOnResultPayloadData: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingAddOnResultPayloadData

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this RecordingAddOnResultPayloadData: ``GET /2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RecordingAddOnResultPayloadData

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class RecordingAddOnResultPayloadDataList(SingletonList[RecordingAddOnResultPayloadDataContext]):
    """RecordingAddOnResultPayloadData collection."""

    __slots__ = ()
