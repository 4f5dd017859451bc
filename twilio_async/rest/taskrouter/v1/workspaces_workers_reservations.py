# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""WorkerReservation resources (``workspaces.workers.reservations``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import (
        WorkerReservationCallStatus,
        WorkerReservationConferenceEvent,
        WorkerReservationStatus,
    )
    from .types.workspaces_workers_reservations import WorkerReservation

_TYPES = Models(__package__, ".types.workspaces_workers_reservations")
_MODEL = _TYPES("WorkerReservation")
_LIST_PATH = "/v1/Workspaces/{0}/Workers/{1}/Reservations"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/{1}/Reservations/{2}"
_LIST: Operation[WorkerReservation] = Operation(
    "reservations.list", "GET", _LIST_PATH, body="none", list_key="reservations", model=_MODEL
).with_params(P("reservation_status", "ReservationStatus", QUERY, "string"))
_FETCH: Operation[WorkerReservation] = Operation(
    "reservations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[WorkerReservation] = Operation(
    "reservations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("reservation_status", "ReservationStatus", FORM, "string"),
    P("worker_activity_sid", "WorkerActivitySid", FORM, "string"),
    P("instruction", "Instruction", FORM, "string"),
    P("dequeue_post_work_activity_sid", "DequeuePostWorkActivitySid", FORM, "string"),
    P("dequeue_from", "DequeueFrom", FORM, "string"),
    P("dequeue_record", "DequeueRecord", FORM, "string"),
    P("dequeue_timeout", "DequeueTimeout", FORM, "integer"),
    P("dequeue_to", "DequeueTo", FORM, "string"),
    P("dequeue_status_callback_url", "DequeueStatusCallbackUrl", FORM, "string"),
    P("call_from", "CallFrom", FORM, "string"),
    P("call_record", "CallRecord", FORM, "string"),
    P("call_timeout", "CallTimeout", FORM, "integer"),
    P("call_to", "CallTo", FORM, "string"),
    P("call_url", "CallUrl", FORM, "string"),
    P("call_status_callback_url", "CallStatusCallbackUrl", FORM, "string"),
    P("call_accept", "CallAccept", FORM, "boolean"),
    P("redirect_call_sid", "RedirectCallSid", FORM, "string"),
    P("redirect_accept", "RedirectAccept", FORM, "boolean"),
    P("redirect_url", "RedirectUrl", FORM, "string"),
    P("to", "To", FORM, "string"),
    P("from_", "From", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("status_callback_event", "StatusCallbackEvent", FORM, "string", many=True),
    P("timeout", "Timeout", FORM, "integer"),
    P("record", "Record", FORM, "boolean"),
    P("muted", "Muted", FORM, "boolean"),
    P("beep", "Beep", FORM, "string"),
    P("start_conference_on_enter", "StartConferenceOnEnter", FORM, "boolean"),
    P("end_conference_on_exit", "EndConferenceOnExit", FORM, "boolean"),
    P("wait_url", "WaitUrl", FORM, "string"),
    P("wait_method", "WaitMethod", FORM, "string"),
    P("early_media", "EarlyMedia", FORM, "boolean"),
    P("max_participants", "MaxParticipants", FORM, "integer"),
    P("conference_status_callback", "ConferenceStatusCallback", FORM, "string"),
    P("conference_status_callback_method", "ConferenceStatusCallbackMethod", FORM, "string"),
    P(
        "conference_status_callback_event",
        "ConferenceStatusCallbackEvent",
        FORM,
        "string",
        many=True,
    ),
    P("conference_record", "ConferenceRecord", FORM, "string"),
    P("conference_trim", "ConferenceTrim", FORM, "string"),
    P("recording_channels", "RecordingChannels", FORM, "string"),
    P("recording_status_callback", "RecordingStatusCallback", FORM, "string"),
    P("recording_status_callback_method", "RecordingStatusCallbackMethod", FORM, "string"),
    P("conference_recording_status_callback", "ConferenceRecordingStatusCallback", FORM, "string"),
    P(
        "conference_recording_status_callback_method",
        "ConferenceRecordingStatusCallbackMethod",
        FORM,
        "string",
    ),
    P("region", "Region", FORM, "string"),
    P("sip_auth_username", "SipAuthUsername", FORM, "string"),
    P("sip_auth_password", "SipAuthPassword", FORM, "string"),
    P("dequeue_status_callback_event", "DequeueStatusCallbackEvent", FORM, "string", many=True),
    P("post_work_activity_sid", "PostWorkActivitySid", FORM, "string"),
    P("end_conference_on_customer_exit", "EndConferenceOnCustomerExit", FORM, "boolean"),
    P("beep_on_customer_entrance", "BeepOnCustomerEntrance", FORM, "boolean"),
    P("jitter_buffer_size", "JitterBufferSize", FORM, "string"),
)


class WorkerReservationFilters(Args):
    reservation_status: WorkerReservationStatus | str | NotGiven = NOT_GIVEN


class WorkerReservationListArgs(WorkerReservationFilters, ListArgs): ...


class WorkerReservationPageArgs(WorkerReservationFilters, PageArgs): ...


class WorkerReservationUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    reservation_status: WorkerReservationStatus | str | NotGiven = NOT_GIVEN
    worker_activity_sid: str | NotGiven = NOT_GIVEN
    instruction: str | NotGiven = NOT_GIVEN
    dequeue_post_work_activity_sid: str | NotGiven = NOT_GIVEN
    dequeue_from: str | NotGiven = NOT_GIVEN
    dequeue_record: str | NotGiven = NOT_GIVEN
    dequeue_timeout: int | NotGiven = NOT_GIVEN
    dequeue_to: str | NotGiven = NOT_GIVEN
    dequeue_status_callback_url: str | NotGiven = NOT_GIVEN
    call_from: str | NotGiven = NOT_GIVEN
    call_record: str | NotGiven = NOT_GIVEN
    call_timeout: int | NotGiven = NOT_GIVEN
    call_to: str | NotGiven = NOT_GIVEN
    call_url: str | NotGiven = NOT_GIVEN
    call_status_callback_url: str | NotGiven = NOT_GIVEN
    call_accept: bool | NotGiven = NOT_GIVEN
    redirect_call_sid: str | NotGiven = NOT_GIVEN
    redirect_accept: bool | NotGiven = NOT_GIVEN
    redirect_url: str | NotGiven = NOT_GIVEN
    to: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    status_callback_event: Sequence[WorkerReservationCallStatus | str] | NotGiven = NOT_GIVEN
    timeout: int | NotGiven = NOT_GIVEN
    record: bool | NotGiven = NOT_GIVEN
    muted: bool | NotGiven = NOT_GIVEN
    beep: str | NotGiven = NOT_GIVEN
    start_conference_on_enter: bool | NotGiven = NOT_GIVEN
    end_conference_on_exit: bool | NotGiven = NOT_GIVEN
    wait_url: str | NotGiven = NOT_GIVEN
    wait_method: str | NotGiven = NOT_GIVEN
    early_media: bool | NotGiven = NOT_GIVEN
    max_participants: int | NotGiven = NOT_GIVEN
    conference_status_callback: str | NotGiven = NOT_GIVEN
    conference_status_callback_method: str | NotGiven = NOT_GIVEN
    conference_status_callback_event: (
        Sequence[WorkerReservationConferenceEvent | str] | NotGiven
    ) = NOT_GIVEN
    conference_record: str | NotGiven = NOT_GIVEN
    conference_trim: str | NotGiven = NOT_GIVEN
    recording_channels: str | NotGiven = NOT_GIVEN
    recording_status_callback: str | NotGiven = NOT_GIVEN
    recording_status_callback_method: str | NotGiven = NOT_GIVEN
    conference_recording_status_callback: str | NotGiven = NOT_GIVEN
    conference_recording_status_callback_method: str | NotGiven = NOT_GIVEN
    region: str | NotGiven = NOT_GIVEN
    sip_auth_username: str | NotGiven = NOT_GIVEN
    sip_auth_password: str | NotGiven = NOT_GIVEN
    dequeue_status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    post_work_activity_sid: str | NotGiven = NOT_GIVEN
    end_conference_on_customer_exit: bool | NotGiven = NOT_GIVEN
    beep_on_customer_entrance: bool | NotGiven = NOT_GIVEN
    jitter_buffer_size: str | NotGiven = NOT_GIVEN


class WorkerReservationContext(InstanceContext):
    """One WorkerReservation: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this WorkerReservation: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerReservation

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this WorkerReservation: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerReservation

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        WorkerReservationUpdateArgs,
        """Update this WorkerReservation: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        worker_activity_sid (str): ``WorkerActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        instruction (str): ``Instruction``; string; optional.
        dequeue_post_work_activity_sid (str): ``DequeuePostWorkActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        dequeue_from (str): ``DequeueFrom``; string; optional.
        dequeue_record (str): ``DequeueRecord``; string; optional.
        dequeue_timeout (int): ``DequeueTimeout``; integer; optional.
        dequeue_to (str): ``DequeueTo``; string; optional.
        dequeue_status_callback_url (str): ``DequeueStatusCallbackUrl``; uri; optional.
        call_from (str): ``CallFrom``; string; optional.
        call_record (str): ``CallRecord``; string; optional.
        call_timeout (int): ``CallTimeout``; integer; optional.
        call_to (str): ``CallTo``; string; optional.
        call_url (str): ``CallUrl``; uri; optional.
        call_status_callback_url (str): ``CallStatusCallbackUrl``; uri; optional.
        call_accept (bool): ``CallAccept``; boolean; optional.
        redirect_call_sid (str): ``RedirectCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        redirect_accept (bool): ``RedirectAccept``; boolean; optional.
        redirect_url (str): ``RedirectUrl``; uri; optional.
        to (str): ``To``; string; optional.
        from_ (str): ``From``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        status_callback_event (Sequence[WorkerReservationCallStatus | str]): ``StatusCallbackEvent``; list<enum:worker_reservation_call_status>; one of ``initiated``, ``ringing``, ``answered``, ``completed``; optional.
        timeout (int): ``Timeout``; integer; optional.
        record (bool): ``Record``; boolean; optional.
        muted (bool): ``Muted``; boolean; optional.
        beep (str): ``Beep``; string; optional.
        start_conference_on_enter (bool): ``StartConferenceOnEnter``; boolean; optional.
        end_conference_on_exit (bool): ``EndConferenceOnExit``; boolean; optional.
        wait_url (str): ``WaitUrl``; uri; optional.
        wait_method (str): ``WaitMethod``; http-method; optional.
        early_media (bool): ``EarlyMedia``; boolean; optional.
        max_participants (int): ``MaxParticipants``; integer; optional.
        conference_status_callback (str): ``ConferenceStatusCallback``; uri; optional.
        conference_status_callback_method (str): ``ConferenceStatusCallbackMethod``; http-method; optional.
        conference_status_callback_event (Sequence[WorkerReservationConferenceEvent | str]): ``ConferenceStatusCallbackEvent``; list<enum:worker_reservation_conference_event>; one of ``start``, ``end``, ``join``, ``leave``, ``mute``, ``hold``, ``speaker``; optional.
        conference_record (str): ``ConferenceRecord``; string; optional.
        conference_trim (str): ``ConferenceTrim``; string; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; uri; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        conference_recording_status_callback (str): ``ConferenceRecordingStatusCallback``; uri; optional.
        conference_recording_status_callback_method (str): ``ConferenceRecordingStatusCallbackMethod``; http-method; optional.
        region (str): ``Region``; string; optional.
        sip_auth_username (str): ``SipAuthUsername``; string; optional.
        sip_auth_password (str): ``SipAuthPassword``; string; optional.
        dequeue_status_callback_event (Sequence[str]): ``DequeueStatusCallbackEvent``; list<string>; optional.
        post_work_activity_sid (str): ``PostWorkActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        end_conference_on_customer_exit (bool): ``EndConferenceOnCustomerExit``; boolean; optional.
        beep_on_customer_entrance (bool): ``BeepOnCustomerEntrance``; boolean; optional.
        jitter_buffer_size (str): ``JitterBufferSize``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerReservation

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this WorkerReservation: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        worker_activity_sid (str): ``WorkerActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        instruction (str): ``Instruction``; string; optional.
        dequeue_post_work_activity_sid (str): ``DequeuePostWorkActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        dequeue_from (str): ``DequeueFrom``; string; optional.
        dequeue_record (str): ``DequeueRecord``; string; optional.
        dequeue_timeout (int): ``DequeueTimeout``; integer; optional.
        dequeue_to (str): ``DequeueTo``; string; optional.
        dequeue_status_callback_url (str): ``DequeueStatusCallbackUrl``; uri; optional.
        call_from (str): ``CallFrom``; string; optional.
        call_record (str): ``CallRecord``; string; optional.
        call_timeout (int): ``CallTimeout``; integer; optional.
        call_to (str): ``CallTo``; string; optional.
        call_url (str): ``CallUrl``; uri; optional.
        call_status_callback_url (str): ``CallStatusCallbackUrl``; uri; optional.
        call_accept (bool): ``CallAccept``; boolean; optional.
        redirect_call_sid (str): ``RedirectCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        redirect_accept (bool): ``RedirectAccept``; boolean; optional.
        redirect_url (str): ``RedirectUrl``; uri; optional.
        to (str): ``To``; string; optional.
        from_ (str): ``From``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        status_callback_event (Sequence[WorkerReservationCallStatus | str]): ``StatusCallbackEvent``; list<enum:worker_reservation_call_status>; one of ``initiated``, ``ringing``, ``answered``, ``completed``; optional.
        timeout (int): ``Timeout``; integer; optional.
        record (bool): ``Record``; boolean; optional.
        muted (bool): ``Muted``; boolean; optional.
        beep (str): ``Beep``; string; optional.
        start_conference_on_enter (bool): ``StartConferenceOnEnter``; boolean; optional.
        end_conference_on_exit (bool): ``EndConferenceOnExit``; boolean; optional.
        wait_url (str): ``WaitUrl``; uri; optional.
        wait_method (str): ``WaitMethod``; http-method; optional.
        early_media (bool): ``EarlyMedia``; boolean; optional.
        max_participants (int): ``MaxParticipants``; integer; optional.
        conference_status_callback (str): ``ConferenceStatusCallback``; uri; optional.
        conference_status_callback_method (str): ``ConferenceStatusCallbackMethod``; http-method; optional.
        conference_status_callback_event (Sequence[WorkerReservationConferenceEvent | str]): ``ConferenceStatusCallbackEvent``; list<enum:worker_reservation_conference_event>; one of ``start``, ``end``, ``join``, ``leave``, ``mute``, ``hold``, ``speaker``; optional.
        conference_record (str): ``ConferenceRecord``; string; optional.
        conference_trim (str): ``ConferenceTrim``; string; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; uri; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        conference_recording_status_callback (str): ``ConferenceRecordingStatusCallback``; uri; optional.
        conference_recording_status_callback_method (str): ``ConferenceRecordingStatusCallbackMethod``; http-method; optional.
        region (str): ``Region``; string; optional.
        sip_auth_username (str): ``SipAuthUsername``; string; optional.
        sip_auth_password (str): ``SipAuthPassword``; string; optional.
        dequeue_status_callback_event (Sequence[str]): ``DequeueStatusCallbackEvent``; list<string>; optional.
        post_work_activity_sid (str): ``PostWorkActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        end_conference_on_customer_exit (bool): ``EndConferenceOnCustomerExit``; boolean; optional.
        beep_on_customer_entrance (bool): ``BeepOnCustomerEntrance``; boolean; optional.
        jitter_buffer_size (str): ``JitterBufferSize``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        WorkerReservation

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class WorkerReservationList(KeyedList[WorkerReservationContext]):
    """WorkerReservation collection: ``/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        WorkerReservationListArgs,
        """List WorkerReservation resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``.

    Parameters are sent in the query string unless noted.

    Args:
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[WorkerReservation]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List WorkerReservation resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``.

    Parameters are sent in the query string unless noted.

    Args:
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[WorkerReservation]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        WorkerReservationListArgs,
        """Stream WorkerReservation resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``.

    Parameters are sent in the query string unless noted.

    Args:
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of WorkerReservation.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream WorkerReservation resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``.

    Parameters are sent in the query string unless noted.

    Args:
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of WorkerReservation.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        WorkerReservationPageArgs,
        """One page of WorkerReservation resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``.

    Parameters are sent in the query string unless noted.

    Args:
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[WorkerReservation]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of WorkerReservation resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations``.

    Parameters are sent in the query string unless noted.

    Args:
        reservation_status (WorkerReservationStatus | str): ``ReservationStatus``; enum:worker_reservation_status; one of ``pending``, ``accepted``, ``rejected``, ``timeout``, ``canceled``, ``rescinded``, ``wrapping``, ``completed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[WorkerReservation]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
