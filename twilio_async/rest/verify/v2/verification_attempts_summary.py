# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationAttemptsSummary resources (``verification_attempts_summary``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import VerificationAttemptsSummaryChannels
    from .types.verification_attempts_summary import VerificationAttemptsSummary

_TYPES = Models(__package__, ".types.verification_attempts_summary")
_MODEL = _TYPES("VerificationAttemptsSummary")
_INSTANCE_PATH = "/v2/Attempts/Summary"
_FETCH: Operation[VerificationAttemptsSummary] = Operation(
    "verification_attempts_summary.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("verify_service_sid", "VerifyServiceSid", QUERY, "string"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
    P("country", "Country", QUERY, "string"),
    P("channel", "Channel", QUERY, "string"),
    P("destination_prefix", "DestinationPrefix", QUERY, "string"),
)


class VerificationAttemptsSummaryFetchArgs(Args):
    verify_service_sid: str | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    country: str | NotGiven = NOT_GIVEN
    channel: VerificationAttemptsSummaryChannels | str | NotGiven = NOT_GIVEN
    destination_prefix: str | NotGiven = NOT_GIVEN


class VerificationAttemptsSummaryContext(InstanceContext):
    """One VerificationAttemptsSummary: ``/v2/Attempts/Summary``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        VerificationAttemptsSummaryFetchArgs,
        """Fetch this VerificationAttemptsSummary: ``GET /v2/Attempts/Summary``.

    Parameters are sent in the query string unless noted.

    Args:
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptsSummaryChannels | str): ``Channel``; enum:verification_attempts_summary_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        destination_prefix (str): ``DestinationPrefix``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerificationAttemptsSummary

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this VerificationAttemptsSummary: ``GET /v2/Attempts/Summary``.

    Parameters are sent in the query string unless noted.

    Args:
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptsSummaryChannels | str): ``Channel``; enum:verification_attempts_summary_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        destination_prefix (str): ``DestinationPrefix``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerificationAttemptsSummary

    Twilio docs: https://www.twilio.com/docs/verify
    """


class VerificationAttemptsSummaryList(SingletonList[VerificationAttemptsSummaryContext]):
    """VerificationAttemptsSummary collection."""

    __slots__ = ()
