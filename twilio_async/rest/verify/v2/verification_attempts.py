# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationAttempt resources (``verification_attempts``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .enums import VerificationAttemptChannels, VerificationAttemptConversionStatus
    from .types.verification_attempts import VerificationAttempt

_TYPES = Models(__package__, ".types.verification_attempts")
_MODEL = _TYPES("VerificationAttempt")
_LIST_PATH = "/v2/Attempts"
_INSTANCE_PATH = "/v2/Attempts/{0}"
_LIST: Operation[VerificationAttempt] = Operation(
    "verification_attempts.list", "GET", _LIST_PATH, body="none", list_key="attempts", model=_MODEL
).with_params(
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
    P("channel_data_to", "ChannelData.To", QUERY, "string"),
    P("country", "Country", QUERY, "string"),
    P("channel", "Channel", QUERY, "string"),
    P("verify_service_sid", "VerifyServiceSid", QUERY, "string"),
    P("verification_sid", "VerificationSid", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
)
_FETCH: Operation[VerificationAttempt] = Operation(
    "verification_attempts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VerificationAttemptFilters(Args):
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    channel_data_to: str | NotGiven = NOT_GIVEN
    country: str | NotGiven = NOT_GIVEN
    channel: VerificationAttemptChannels | str | NotGiven = NOT_GIVEN
    verify_service_sid: str | NotGiven = NOT_GIVEN
    verification_sid: str | NotGiven = NOT_GIVEN
    status: VerificationAttemptConversionStatus | str | NotGiven = NOT_GIVEN


class VerificationAttemptListArgs(VerificationAttemptFilters, ListArgs): ...


class VerificationAttemptPageArgs(VerificationAttemptFilters, PageArgs): ...


class VerificationAttemptContext(InstanceContext):
    """One VerificationAttempt: ``/v2/Attempts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this VerificationAttempt: ``GET /v2/Attempts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerificationAttempt

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this VerificationAttempt: ``GET /v2/Attempts/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^VL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        VerificationAttempt

    Twilio docs: https://www.twilio.com/docs/verify
    """


class VerificationAttemptList(KeyedList[VerificationAttemptContext]):
    """VerificationAttempt collection: ``/v2/Attempts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^VL[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        VerificationAttemptListArgs,
        """List VerificationAttempt resources, every page up to ``limit`` items: ``GET /v2/Attempts``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        channel_data_to (str): ``ChannelData.To``; string; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptChannels | str): ``Channel``; enum:verification_attempt_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        status (VerificationAttemptConversionStatus | str): ``Status``; enum:verification_attempt_conversion_status; one of ``converted``, ``unconverted``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VerificationAttempt]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List VerificationAttempt resources, every page up to ``limit`` items: ``GET /v2/Attempts``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        channel_data_to (str): ``ChannelData.To``; string; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptChannels | str): ``Channel``; enum:verification_attempt_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        status (VerificationAttemptConversionStatus | str): ``Status``; enum:verification_attempt_conversion_status; one of ``converted``, ``unconverted``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[VerificationAttempt]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        VerificationAttemptListArgs,
        """Stream VerificationAttempt resources, one page in memory at a time: ``GET /v2/Attempts``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        channel_data_to (str): ``ChannelData.To``; string; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptChannels | str): ``Channel``; enum:verification_attempt_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        status (VerificationAttemptConversionStatus | str): ``Status``; enum:verification_attempt_conversion_status; one of ``converted``, ``unconverted``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VerificationAttempt.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream VerificationAttempt resources, one page in memory at a time: ``GET /v2/Attempts``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        channel_data_to (str): ``ChannelData.To``; string; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptChannels | str): ``Channel``; enum:verification_attempt_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        status (VerificationAttemptConversionStatus | str): ``Status``; enum:verification_attempt_conversion_status; one of ``converted``, ``unconverted``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of VerificationAttempt.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        VerificationAttemptPageArgs,
        """One page of VerificationAttempt resources (``next_page()`` moves on): ``GET /v2/Attempts``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        channel_data_to (str): ``ChannelData.To``; string; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptChannels | str): ``Channel``; enum:verification_attempt_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        status (VerificationAttemptConversionStatus | str): ``Status``; enum:verification_attempt_conversion_status; one of ``converted``, ``unconverted``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VerificationAttempt]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of VerificationAttempt resources (``next_page()`` moves on): ``GET /v2/Attempts``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        channel_data_to (str): ``ChannelData.To``; string; optional.
        country (str): ``Country``; iso-country-code; optional.
        channel (VerificationAttemptChannels | str): ``Channel``; enum:verification_attempt_channels; one of ``sms``, ``call``, ``email``, ``whatsapp``, ``rbm``; optional.
        verify_service_sid (str): ``VerifyServiceSid``; string; matching ``^VA[0-9a-fA-F]{32}$``; optional.
        verification_sid (str): ``VerificationSid``; string; matching ``^VE[0-9a-fA-F]{32}$``; optional.
        status (VerificationAttemptConversionStatus | str): ``Status``; enum:verification_attempt_conversion_status; one of ``converted``, ``unconverted``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[VerificationAttempt]

    Twilio docs: https://www.twilio.com/docs/verify
    """
