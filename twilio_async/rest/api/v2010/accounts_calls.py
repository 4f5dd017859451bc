# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Call resources (``accounts.calls``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
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
    from .accounts_calls_events import CallEventList
    from .accounts_calls_notifications import CallNotificationInstanceList
    from .accounts_calls_payments import PaymentsList
    from .accounts_calls_recordings import CallRecordingList
    from .accounts_calls_siprec import SiprecList
    from .accounts_calls_streams import StreamList
    from .accounts_calls_transcriptions import RealtimeTranscriptionList
    from .accounts_calls_user_defined_message_subscriptions import (
        UserDefinedMessageSubscriptionList,
    )
    from .accounts_calls_user_defined_messages import UserDefinedMessageList
    from .enums import CallStatus, CallUpdateStatus
    from .types.accounts_calls import Call

_TYPES = Models(__package__, ".types.accounts_calls")
_MODEL = _TYPES("Call")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}.json"
_CREATE: Operation[Call] = Operation(
    "calls.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("from_", "From", FORM, "string", required=True),
    P("method", "Method", FORM, "string"),
    P("fallback_url", "FallbackUrl", FORM, "string"),
    P("fallback_method", "FallbackMethod", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_event", "StatusCallbackEvent", FORM, "string", many=True),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("send_digits", "SendDigits", FORM, "string"),
    P("timeout", "Timeout", FORM, "integer"),
    P("record", "Record", FORM, "boolean"),
    P("recording_channels", "RecordingChannels", FORM, "string"),
    P("recording_status_callback", "RecordingStatusCallback", FORM, "string"),
    P("recording_status_callback_method", "RecordingStatusCallbackMethod", FORM, "string"),
    P("sip_auth_username", "SipAuthUsername", FORM, "string"),
    P("sip_auth_password", "SipAuthPassword", FORM, "string"),
    P("machine_detection", "MachineDetection", FORM, "string"),
    P("machine_detection_timeout", "MachineDetectionTimeout", FORM, "integer"),
    P("recording_status_callback_event", "RecordingStatusCallbackEvent", FORM, "string", many=True),
    P("trim", "Trim", FORM, "string"),
    P("caller_id", "CallerId", FORM, "string"),
    P("machine_detection_speech_threshold", "MachineDetectionSpeechThreshold", FORM, "integer"),
    P(
        "machine_detection_speech_end_threshold",
        "MachineDetectionSpeechEndThreshold",
        FORM,
        "integer",
    ),
    P("machine_detection_silence_timeout", "MachineDetectionSilenceTimeout", FORM, "integer"),
    P("async_amd", "AsyncAmd", FORM, "string"),
    P("async_amd_status_callback", "AsyncAmdStatusCallback", FORM, "string"),
    P("async_amd_status_callback_method", "AsyncAmdStatusCallbackMethod", FORM, "string"),
    P("byoc", "Byoc", FORM, "string"),
    P("call_reason", "CallReason", FORM, "string"),
    P("call_token", "CallToken", FORM, "string"),
    P("recording_track", "RecordingTrack", FORM, "string"),
    P("time_limit", "TimeLimit", FORM, "integer"),
    P("client_notification_url", "ClientNotificationUrl", FORM, "string"),
    P("url", "Url", FORM, "string"),
    P("twiml", "Twiml", FORM, "string"),
    P("application_sid", "ApplicationSid", FORM, "string"),
)
_LIST: Operation[Call] = Operation(
    "calls.list", "GET", _LIST_PATH, body="none", list_key="calls", model=_MODEL
).with_params(
    P("to", "To", QUERY, "string"),
    P("from_", "From", QUERY, "string"),
    P("parent_call_sid", "ParentCallSid", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("start_time", "StartTime", QUERY, "datetime"),
    P("start_time_before", "StartTime<", QUERY, "datetime"),
    P("start_time_after", "StartTime>", QUERY, "datetime"),
    P("end_time", "EndTime", QUERY, "datetime"),
    P("end_time_before", "EndTime<", QUERY, "datetime"),
    P("end_time_after", "EndTime>", QUERY, "datetime"),
)
_FETCH: Operation[Call] = Operation("calls.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Call] = Operation(
    "calls.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("url", "Url", FORM, "string"),
    P("method", "Method", FORM, "string"),
    P("status", "Status", FORM, "string"),
    P("fallback_url", "FallbackUrl", FORM, "string"),
    P("fallback_method", "FallbackMethod", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("twiml", "Twiml", FORM, "string"),
    P("time_limit", "TimeLimit", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("calls.delete", "DELETE", _INSTANCE_PATH, body="none")


class CallCreateArgs(Args):
    to: str
    from_: str
    method: str | NotGiven = NOT_GIVEN
    fallback_url: str | NotGiven = NOT_GIVEN
    fallback_method: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    send_digits: str | NotGiven = NOT_GIVEN
    timeout: int | NotGiven = NOT_GIVEN
    record: bool | NotGiven = NOT_GIVEN
    recording_channels: str | NotGiven = NOT_GIVEN
    recording_status_callback: str | NotGiven = NOT_GIVEN
    recording_status_callback_method: str | NotGiven = NOT_GIVEN
    sip_auth_username: str | NotGiven = NOT_GIVEN
    sip_auth_password: str | NotGiven = NOT_GIVEN
    machine_detection: str | NotGiven = NOT_GIVEN
    machine_detection_timeout: int | NotGiven = NOT_GIVEN
    recording_status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    trim: str | NotGiven = NOT_GIVEN
    caller_id: str | NotGiven = NOT_GIVEN
    machine_detection_speech_threshold: int | NotGiven = NOT_GIVEN
    machine_detection_speech_end_threshold: int | NotGiven = NOT_GIVEN
    machine_detection_silence_timeout: int | NotGiven = NOT_GIVEN
    async_amd: str | NotGiven = NOT_GIVEN
    async_amd_status_callback: str | NotGiven = NOT_GIVEN
    async_amd_status_callback_method: str | NotGiven = NOT_GIVEN
    byoc: str | NotGiven = NOT_GIVEN
    call_reason: str | NotGiven = NOT_GIVEN
    call_token: str | NotGiven = NOT_GIVEN
    recording_track: str | NotGiven = NOT_GIVEN
    time_limit: int | NotGiven = NOT_GIVEN
    client_notification_url: str | NotGiven = NOT_GIVEN
    url: str | NotGiven = NOT_GIVEN
    twiml: str | NotGiven = NOT_GIVEN
    application_sid: str | NotGiven = NOT_GIVEN


class CallFilters(Args):
    to: str | NotGiven = NOT_GIVEN
    from_: str | NotGiven = NOT_GIVEN
    parent_call_sid: str | NotGiven = NOT_GIVEN
    status: CallStatus | str | NotGiven = NOT_GIVEN
    start_time: datetime | date | str | NotGiven = NOT_GIVEN
    start_time_before: datetime | date | str | NotGiven = NOT_GIVEN
    start_time_after: datetime | date | str | NotGiven = NOT_GIVEN
    end_time: datetime | date | str | NotGiven = NOT_GIVEN
    end_time_before: datetime | date | str | NotGiven = NOT_GIVEN
    end_time_after: datetime | date | str | NotGiven = NOT_GIVEN


class CallListArgs(CallFilters, ListArgs): ...


class CallPageArgs(CallFilters, PageArgs): ...


class CallUpdateArgs(Args):
    url: str | NotGiven = NOT_GIVEN
    method: str | NotGiven = NOT_GIVEN
    status: CallUpdateStatus | str | NotGiven = NOT_GIVEN
    fallback_url: str | NotGiven = NOT_GIVEN
    fallback_method: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    twiml: str | NotGiven = NOT_GIVEN
    time_limit: int | NotGiven = NOT_GIVEN


class CallContext(InstanceContext):
    """One Call: ``/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Call: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """Fetch this Call: ``GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
    update = _UPDATE.call_method(
        CallUpdateArgs,
        """Update this Call: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        url (str): ``Url``; uri; optional.
        method (str): ``Method``; http-method; optional.
        status (CallUpdateStatus | str): ``Status``; enum:call_update_status; one of ``canceled``, ``completed``; optional.
        fallback_url (str): ``FallbackUrl``; uri; optional.
        fallback_method (str): ``FallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        twiml (str): ``Twiml``; twiml; optional.
        time_limit (int): ``TimeLimit``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """Update this Call: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        url (str): ``Url``; uri; optional.
        method (str): ``Method``; http-method; optional.
        status (CallUpdateStatus | str): ``Status``; enum:call_update_status; one of ``canceled``, ``completed``; optional.
        fallback_url (str): ``FallbackUrl``; uri; optional.
        fallback_method (str): ``FallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        twiml (str): ``Twiml``; twiml; optional.
        time_limit (int): ``TimeLimit``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Call: ``DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """Delete this Call: ``DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^CA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
    events: Child[CallEventList] = Child(".accounts_calls_events", "CallEventList")
    notifications: Child[CallNotificationInstanceList] = Child(
        ".accounts_calls_notifications", "CallNotificationInstanceList"
    )
    payments: Child[PaymentsList] = Child(".accounts_calls_payments", "PaymentsList")
    recordings: Child[CallRecordingList] = Child(".accounts_calls_recordings", "CallRecordingList")
    siprec: Child[SiprecList] = Child(".accounts_calls_siprec", "SiprecList")
    streams: Child[StreamList] = Child(".accounts_calls_streams", "StreamList")
    transcriptions: Child[RealtimeTranscriptionList] = Child(
        ".accounts_calls_transcriptions", "RealtimeTranscriptionList"
    )
    user_defined_message_subscriptions: Child[UserDefinedMessageSubscriptionList] = Child(
        ".accounts_calls_user_defined_message_subscriptions", "UserDefinedMessageSubscriptionList"
    )
    user_defined_messages: Child[UserDefinedMessageList] = Child(
        ".accounts_calls_user_defined_messages", "UserDefinedMessageList"
    )


class CallList(KeyedList[CallContext]):
    """Call collection: ``/2010-04-01/Accounts/{AccountSid}/Calls.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CallCreateArgs,
        """Create a Call: ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; string; required.
        from_ (str): ``From``; string; required.
        method (str): ``Method``; http-method; optional.
        fallback_url (str): ``FallbackUrl``; uri; optional.
        fallback_method (str): ``FallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_event (Sequence[str]): ``StatusCallbackEvent``; list<string>; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        send_digits (str): ``SendDigits``; string; optional.
        timeout (int): ``Timeout``; integer; optional.
        record (bool): ``Record``; boolean; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; string; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        sip_auth_username (str): ``SipAuthUsername``; string; optional.
        sip_auth_password (str): ``SipAuthPassword``; string; optional.
        machine_detection (str): ``MachineDetection``; string; optional.
        machine_detection_timeout (int): ``MachineDetectionTimeout``; integer; optional.
        recording_status_callback_event (Sequence[str]): ``RecordingStatusCallbackEvent``; list<string>; optional.
        trim (str): ``Trim``; string; optional.
        caller_id (str): ``CallerId``; string; optional.
        machine_detection_speech_threshold (int): ``MachineDetectionSpeechThreshold``; integer; optional.
        machine_detection_speech_end_threshold (int): ``MachineDetectionSpeechEndThreshold``; integer; optional.
        machine_detection_silence_timeout (int): ``MachineDetectionSilenceTimeout``; integer; optional.
        async_amd (str): ``AsyncAmd``; string; optional.
        async_amd_status_callback (str): ``AsyncAmdStatusCallback``; uri; optional.
        async_amd_status_callback_method (str): ``AsyncAmdStatusCallbackMethod``; http-method; optional.
        byoc (str): ``Byoc``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        call_reason (str): ``CallReason``; string; optional.
        call_token (str): ``CallToken``; string; optional.
        recording_track (str): ``RecordingTrack``; string; optional.
        time_limit (int): ``TimeLimit``; integer; optional.
        client_notification_url (str): ``ClientNotificationUrl``; uri; optional.
        url (str): ``Url``; uri; optional.
        twiml (str): ``Twiml``; twiml; optional.
        application_sid (str): ``ApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """Create a Call: ``POST /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; string; required.
        from_ (str): ``From``; string; required.
        method (str): ``Method``; http-method; optional.
        fallback_url (str): ``FallbackUrl``; uri; optional.
        fallback_method (str): ``FallbackMethod``; http-method; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_event (Sequence[str]): ``StatusCallbackEvent``; list<string>; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        send_digits (str): ``SendDigits``; string; optional.
        timeout (int): ``Timeout``; integer; optional.
        record (bool): ``Record``; boolean; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; string; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        sip_auth_username (str): ``SipAuthUsername``; string; optional.
        sip_auth_password (str): ``SipAuthPassword``; string; optional.
        machine_detection (str): ``MachineDetection``; string; optional.
        machine_detection_timeout (int): ``MachineDetectionTimeout``; integer; optional.
        recording_status_callback_event (Sequence[str]): ``RecordingStatusCallbackEvent``; list<string>; optional.
        trim (str): ``Trim``; string; optional.
        caller_id (str): ``CallerId``; string; optional.
        machine_detection_speech_threshold (int): ``MachineDetectionSpeechThreshold``; integer; optional.
        machine_detection_speech_end_threshold (int): ``MachineDetectionSpeechEndThreshold``; integer; optional.
        machine_detection_silence_timeout (int): ``MachineDetectionSilenceTimeout``; integer; optional.
        async_amd (str): ``AsyncAmd``; string; optional.
        async_amd_status_callback (str): ``AsyncAmdStatusCallback``; uri; optional.
        async_amd_status_callback_method (str): ``AsyncAmdStatusCallbackMethod``; http-method; optional.
        byoc (str): ``Byoc``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        call_reason (str): ``CallReason``; string; optional.
        call_token (str): ``CallToken``; string; optional.
        recording_track (str): ``RecordingTrack``; string; optional.
        time_limit (int): ``TimeLimit``; integer; optional.
        client_notification_url (str): ``ClientNotificationUrl``; uri; optional.
        url (str): ``Url``; uri; optional.
        twiml (str): ``Twiml``; twiml; optional.
        application_sid (str): ``ApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Call

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
    list = _LIST.list_method(
        CallListArgs,
        """List Call resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        parent_call_sid (str): ``ParentCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        status (CallStatus | str): ``Status``; enum:call_status; one of ``queued``, ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``, ``canceled``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        start_time_before (datetime | date | str): ``StartTime<``; datetime; optional.
        start_time_after (datetime | date | str): ``StartTime>``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        end_time_before (datetime | date | str): ``EndTime<``; datetime; optional.
        end_time_after (datetime | date | str): ``EndTime>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Call]

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """List Call resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        parent_call_sid (str): ``ParentCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        status (CallStatus | str): ``Status``; enum:call_status; one of ``queued``, ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``, ``canceled``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        start_time_before (datetime | date | str): ``StartTime<``; datetime; optional.
        start_time_after (datetime | date | str): ``StartTime>``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        end_time_before (datetime | date | str): ``EndTime<``; datetime; optional.
        end_time_after (datetime | date | str): ``EndTime>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Call]

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
    stream = _LIST.stream_method(
        CallListArgs,
        """Stream Call resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        parent_call_sid (str): ``ParentCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        status (CallStatus | str): ``Status``; enum:call_status; one of ``queued``, ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``, ``canceled``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        start_time_before (datetime | date | str): ``StartTime<``; datetime; optional.
        start_time_after (datetime | date | str): ``StartTime>``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        end_time_before (datetime | date | str): ``EndTime<``; datetime; optional.
        end_time_after (datetime | date | str): ``EndTime>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Call.

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """Stream Call resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        parent_call_sid (str): ``ParentCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        status (CallStatus | str): ``Status``; enum:call_status; one of ``queued``, ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``, ``canceled``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        start_time_before (datetime | date | str): ``StartTime<``; datetime; optional.
        start_time_after (datetime | date | str): ``StartTime>``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        end_time_before (datetime | date | str): ``EndTime<``; datetime; optional.
        end_time_after (datetime | date | str): ``EndTime>``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Call.

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
    page = _LIST.page_method(
        CallPageArgs,
        """One page of Call resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        parent_call_sid (str): ``ParentCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        status (CallStatus | str): ``Status``; enum:call_status; one of ``queued``, ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``, ``canceled``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        start_time_before (datetime | date | str): ``StartTime<``; datetime; optional.
        start_time_after (datetime | date | str): ``StartTime>``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        end_time_before (datetime | date | str): ``EndTime<``; datetime; optional.
        end_time_after (datetime | date | str): ``EndTime>``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Call]

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """,
    )
    """One page of Call resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Calls.json``.

    Parameters are sent in the query string unless noted.

    Args:
        to (str): ``To``; phone-number; optional.
        from_ (str): ``From``; phone-number; optional.
        parent_call_sid (str): ``ParentCallSid``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        status (CallStatus | str): ``Status``; enum:call_status; one of ``queued``, ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``, ``canceled``; optional.
        start_time (datetime | date | str): ``StartTime``; datetime; optional.
        start_time_before (datetime | date | str): ``StartTime<``; datetime; optional.
        start_time_after (datetime | date | str): ``StartTime>``; datetime; optional.
        end_time (datetime | date | str): ``EndTime``; datetime; optional.
        end_time_before (datetime | date | str): ``EndTime<``; datetime; optional.
        end_time_after (datetime | date | str): ``EndTime>``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Call]

    Twilio docs: https://www.twilio.com/docs/voice/api/call-resource
    """
