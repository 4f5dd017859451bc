# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Participant resources (``accounts.conferences.participants``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.accounts_conferences_participants import Participant

_TYPES = Models(__package__, ".types.accounts_conferences_participants")
_MODEL = _TYPES("Participant")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Conferences/{1}/Participants.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Conferences/{1}/Participants/{2}.json"
_CREATE: Operation[Participant] = Operation(
    "participants.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("from_", "From", FORM, "string", required=True),
    P("to", "To", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("status_callback_event", "StatusCallbackEvent", FORM, "string", many=True),
    P("label", "Label", FORM, "string"),
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
    P("conference_record", "ConferenceRecord", FORM, "string"),
    P("conference_trim", "ConferenceTrim", FORM, "string"),
    P("conference_status_callback", "ConferenceStatusCallback", FORM, "string"),
    P("conference_status_callback_method", "ConferenceStatusCallbackMethod", FORM, "string"),
    P(
        "conference_status_callback_event",
        "ConferenceStatusCallbackEvent",
        FORM,
        "string",
        many=True,
    ),
    P("recording_channels", "RecordingChannels", FORM, "string"),
    P("recording_status_callback", "RecordingStatusCallback", FORM, "string"),
    P("recording_status_callback_method", "RecordingStatusCallbackMethod", FORM, "string"),
    P("sip_auth_username", "SipAuthUsername", FORM, "string"),
    P("sip_auth_password", "SipAuthPassword", FORM, "string"),
    P("region", "Region", FORM, "string"),
    P("conference_recording_status_callback", "ConferenceRecordingStatusCallback", FORM, "string"),
    P(
        "conference_recording_status_callback_method",
        "ConferenceRecordingStatusCallbackMethod",
        FORM,
        "string",
    ),
    P("recording_status_callback_event", "RecordingStatusCallbackEvent", FORM, "string", many=True),
    P(
        "conference_recording_status_callback_event",
        "ConferenceRecordingStatusCallbackEvent",
        FORM,
        "string",
        many=True,
    ),
    P("coaching", "Coaching", FORM, "boolean"),
    P("call_sid_to_coach", "CallSidToCoach", FORM, "string"),
    P("jitter_buffer_size", "JitterBufferSize", FORM, "string"),
    P("byoc", "Byoc", FORM, "string"),
    P("caller_id", "CallerId", FORM, "string"),
    P("call_reason", "CallReason", FORM, "string"),
    P("recording_track", "RecordingTrack", FORM, "string"),
    P("time_limit", "TimeLimit", FORM, "integer"),
    P("machine_detection", "MachineDetection", FORM, "string"),
    P("machine_detection_timeout", "MachineDetectionTimeout", FORM, "integer"),
    P("machine_detection_speech_threshold", "MachineDetectionSpeechThreshold", FORM, "integer"),
    P(
        "machine_detection_speech_end_threshold",
        "MachineDetectionSpeechEndThreshold",
        FORM,
        "integer",
    ),
    P("machine_detection_silence_timeout", "MachineDetectionSilenceTimeout", FORM, "integer"),
    P("amd_status_callback", "AmdStatusCallback", FORM, "string"),
    P("amd_status_callback_method", "AmdStatusCallbackMethod", FORM, "string"),
    P("trim", "Trim", FORM, "string"),
    P("call_token", "CallToken", FORM, "string"),
    P("client_notification_url", "ClientNotificationUrl", FORM, "string"),
    P("caller_display_name", "CallerDisplayName", FORM, "string"),
)
_LIST: Operation[Participant] = Operation(
    "participants.list", "GET", _LIST_PATH, body="none", list_key="participants", model=_MODEL
).with_params(
    P("muted", "Muted", QUERY, "boolean"),
    P("hold", "Hold", QUERY, "boolean"),
    P("coaching", "Coaching", QUERY, "boolean"),
)
_FETCH: Operation[Participant] = Operation(
    "participants.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Participant] = Operation(
    "participants.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("muted", "Muted", FORM, "boolean"),
    P("hold", "Hold", FORM, "boolean"),
    P("hold_url", "HoldUrl", FORM, "string"),
    P("hold_method", "HoldMethod", FORM, "string"),
    P("announce_url", "AnnounceUrl", FORM, "string"),
    P("announce_method", "AnnounceMethod", FORM, "string"),
    P("wait_url", "WaitUrl", FORM, "string"),
    P("wait_method", "WaitMethod", FORM, "string"),
    P("beep_on_exit", "BeepOnExit", FORM, "boolean"),
    P("end_conference_on_exit", "EndConferenceOnExit", FORM, "boolean"),
    P("coaching", "Coaching", FORM, "boolean"),
    P("call_sid_to_coach", "CallSidToCoach", FORM, "string"),
)
_DELETE: Operation[None] = Operation("participants.delete", "DELETE", _INSTANCE_PATH, body="none")


class ParticipantCreateArgs(Args):
    from_: str
    to: str
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    label: str | NotGiven = NOT_GIVEN
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
    conference_record: str | NotGiven = NOT_GIVEN
    conference_trim: str | NotGiven = NOT_GIVEN
    conference_status_callback: str | NotGiven = NOT_GIVEN
    conference_status_callback_method: str | NotGiven = NOT_GIVEN
    conference_status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    recording_channels: str | NotGiven = NOT_GIVEN
    recording_status_callback: str | NotGiven = NOT_GIVEN
    recording_status_callback_method: str | NotGiven = NOT_GIVEN
    sip_auth_username: str | NotGiven = NOT_GIVEN
    sip_auth_password: str | NotGiven = NOT_GIVEN
    region: str | NotGiven = NOT_GIVEN
    conference_recording_status_callback: str | NotGiven = NOT_GIVEN
    conference_recording_status_callback_method: str | NotGiven = NOT_GIVEN
    recording_status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    conference_recording_status_callback_event: Sequence[str] | NotGiven = NOT_GIVEN
    coaching: bool | NotGiven = NOT_GIVEN
    call_sid_to_coach: str | NotGiven = NOT_GIVEN
    jitter_buffer_size: str | NotGiven = NOT_GIVEN
    byoc: str | NotGiven = NOT_GIVEN
    caller_id: str | NotGiven = NOT_GIVEN
    call_reason: str | NotGiven = NOT_GIVEN
    recording_track: str | NotGiven = NOT_GIVEN
    time_limit: int | NotGiven = NOT_GIVEN
    machine_detection: str | NotGiven = NOT_GIVEN
    machine_detection_timeout: int | NotGiven = NOT_GIVEN
    machine_detection_speech_threshold: int | NotGiven = NOT_GIVEN
    machine_detection_speech_end_threshold: int | NotGiven = NOT_GIVEN
    machine_detection_silence_timeout: int | NotGiven = NOT_GIVEN
    amd_status_callback: str | NotGiven = NOT_GIVEN
    amd_status_callback_method: str | NotGiven = NOT_GIVEN
    trim: str | NotGiven = NOT_GIVEN
    call_token: str | NotGiven = NOT_GIVEN
    client_notification_url: str | NotGiven = NOT_GIVEN
    caller_display_name: str | NotGiven = NOT_GIVEN


class ParticipantFilters(Args):
    muted: bool | NotGiven = NOT_GIVEN
    hold: bool | NotGiven = NOT_GIVEN
    coaching: bool | NotGiven = NOT_GIVEN


class ParticipantListArgs(ParticipantFilters, ListArgs): ...


class ParticipantPageArgs(ParticipantFilters, PageArgs): ...


class ParticipantUpdateArgs(Args):
    muted: bool | NotGiven = NOT_GIVEN
    hold: bool | NotGiven = NOT_GIVEN
    hold_url: str | NotGiven = NOT_GIVEN
    hold_method: str | NotGiven = NOT_GIVEN
    announce_url: str | NotGiven = NOT_GIVEN
    announce_method: str | NotGiven = NOT_GIVEN
    wait_url: str | NotGiven = NOT_GIVEN
    wait_method: str | NotGiven = NOT_GIVEN
    beep_on_exit: bool | NotGiven = NOT_GIVEN
    end_conference_on_exit: bool | NotGiven = NOT_GIVEN
    coaching: bool | NotGiven = NOT_GIVEN
    call_sid_to_coach: str | NotGiven = NOT_GIVEN


class ParticipantContext(InstanceContext):
    """One Participant: ``/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Participant: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """Fetch this Participant: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """
    update = _UPDATE.call_method(
        ParticipantUpdateArgs,
        """Update this Participant: ``POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        hold_url (str): ``HoldUrl``; uri; optional.
        hold_method (str): ``HoldMethod``; http-method; optional.
        announce_url (str): ``AnnounceUrl``; uri; optional.
        announce_method (str): ``AnnounceMethod``; http-method; optional.
        wait_url (str): ``WaitUrl``; uri; optional.
        wait_method (str): ``WaitMethod``; http-method; optional.
        beep_on_exit (bool): ``BeepOnExit``; boolean; optional.
        end_conference_on_exit (bool): ``EndConferenceOnExit``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        call_sid_to_coach (str): ``CallSidToCoach``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """Update this Participant: ``POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Parameters are sent in the form body unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        hold_url (str): ``HoldUrl``; uri; optional.
        hold_method (str): ``HoldMethod``; http-method; optional.
        announce_url (str): ``AnnounceUrl``; uri; optional.
        announce_method (str): ``AnnounceMethod``; http-method; optional.
        wait_url (str): ``WaitUrl``; uri; optional.
        wait_method (str): ``WaitMethod``; http-method; optional.
        beep_on_exit (bool): ``BeepOnExit``; boolean; optional.
        end_conference_on_exit (bool): ``EndConferenceOnExit``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        call_sid_to_coach (str): ``CallSidToCoach``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Participant: ``DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """Delete this Participant: ``DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json``.

    The instance is addressed by ``{CallSid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """


class ParticipantList(KeyedList[ParticipantContext]):
    """Participant collection: ``/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``."""

    __slots__ = ()
    _key = ("CallSid", "call_sid", None)
    create = _CREATE.call_method(
        ParticipantCreateArgs,
        """Create a Participant: ``POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the form body unless noted.

    Args:
        from_ (str): ``From``; string; required.
        to (str): ``To``; string; required.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        status_callback_event (Sequence[str]): ``StatusCallbackEvent``; list<string>; optional.
        label (str): ``Label``; string; optional.
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
        conference_record (str): ``ConferenceRecord``; string; optional.
        conference_trim (str): ``ConferenceTrim``; string; optional.
        conference_status_callback (str): ``ConferenceStatusCallback``; uri; optional.
        conference_status_callback_method (str): ``ConferenceStatusCallbackMethod``; http-method; optional.
        conference_status_callback_event (Sequence[str]): ``ConferenceStatusCallbackEvent``; list<string>; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; uri; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        sip_auth_username (str): ``SipAuthUsername``; string; optional.
        sip_auth_password (str): ``SipAuthPassword``; string; optional.
        region (str): ``Region``; string; optional.
        conference_recording_status_callback (str): ``ConferenceRecordingStatusCallback``; uri; optional.
        conference_recording_status_callback_method (str): ``ConferenceRecordingStatusCallbackMethod``; http-method; optional.
        recording_status_callback_event (Sequence[str]): ``RecordingStatusCallbackEvent``; list<string>; optional.
        conference_recording_status_callback_event (Sequence[str]): ``ConferenceRecordingStatusCallbackEvent``; list<string>; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        call_sid_to_coach (str): ``CallSidToCoach``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        jitter_buffer_size (str): ``JitterBufferSize``; string; optional.
        byoc (str): ``Byoc``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        caller_id (str): ``CallerId``; string; optional.
        call_reason (str): ``CallReason``; string; optional.
        recording_track (str): ``RecordingTrack``; string; optional.
        time_limit (int): ``TimeLimit``; integer; optional.
        machine_detection (str): ``MachineDetection``; string; optional.
        machine_detection_timeout (int): ``MachineDetectionTimeout``; integer; optional.
        machine_detection_speech_threshold (int): ``MachineDetectionSpeechThreshold``; integer; optional.
        machine_detection_speech_end_threshold (int): ``MachineDetectionSpeechEndThreshold``; integer; optional.
        machine_detection_silence_timeout (int): ``MachineDetectionSilenceTimeout``; integer; optional.
        amd_status_callback (str): ``AmdStatusCallback``; uri; optional.
        amd_status_callback_method (str): ``AmdStatusCallbackMethod``; http-method; optional.
        trim (str): ``Trim``; string; optional.
        call_token (str): ``CallToken``; string; optional.
        client_notification_url (str): ``ClientNotificationUrl``; uri; optional.
        caller_display_name (str): ``CallerDisplayName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """Create a Participant: ``POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the form body unless noted.

    Args:
        from_ (str): ``From``; string; required.
        to (str): ``To``; string; required.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        status_callback_event (Sequence[str]): ``StatusCallbackEvent``; list<string>; optional.
        label (str): ``Label``; string; optional.
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
        conference_record (str): ``ConferenceRecord``; string; optional.
        conference_trim (str): ``ConferenceTrim``; string; optional.
        conference_status_callback (str): ``ConferenceStatusCallback``; uri; optional.
        conference_status_callback_method (str): ``ConferenceStatusCallbackMethod``; http-method; optional.
        conference_status_callback_event (Sequence[str]): ``ConferenceStatusCallbackEvent``; list<string>; optional.
        recording_channels (str): ``RecordingChannels``; string; optional.
        recording_status_callback (str): ``RecordingStatusCallback``; uri; optional.
        recording_status_callback_method (str): ``RecordingStatusCallbackMethod``; http-method; optional.
        sip_auth_username (str): ``SipAuthUsername``; string; optional.
        sip_auth_password (str): ``SipAuthPassword``; string; optional.
        region (str): ``Region``; string; optional.
        conference_recording_status_callback (str): ``ConferenceRecordingStatusCallback``; uri; optional.
        conference_recording_status_callback_method (str): ``ConferenceRecordingStatusCallbackMethod``; http-method; optional.
        recording_status_callback_event (Sequence[str]): ``RecordingStatusCallbackEvent``; list<string>; optional.
        conference_recording_status_callback_event (Sequence[str]): ``ConferenceRecordingStatusCallbackEvent``; list<string>; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        call_sid_to_coach (str): ``CallSidToCoach``; string; matching ``^CA[0-9a-fA-F]{32}$``; optional.
        jitter_buffer_size (str): ``JitterBufferSize``; string; optional.
        byoc (str): ``Byoc``; string; matching ``^BY[0-9a-fA-F]{32}$``; optional.
        caller_id (str): ``CallerId``; string; optional.
        call_reason (str): ``CallReason``; string; optional.
        recording_track (str): ``RecordingTrack``; string; optional.
        time_limit (int): ``TimeLimit``; integer; optional.
        machine_detection (str): ``MachineDetection``; string; optional.
        machine_detection_timeout (int): ``MachineDetectionTimeout``; integer; optional.
        machine_detection_speech_threshold (int): ``MachineDetectionSpeechThreshold``; integer; optional.
        machine_detection_speech_end_threshold (int): ``MachineDetectionSpeechEndThreshold``; integer; optional.
        machine_detection_silence_timeout (int): ``MachineDetectionSilenceTimeout``; integer; optional.
        amd_status_callback (str): ``AmdStatusCallback``; uri; optional.
        amd_status_callback_method (str): ``AmdStatusCallbackMethod``; http-method; optional.
        trim (str): ``Trim``; string; optional.
        call_token (str): ``CallToken``; string; optional.
        client_notification_url (str): ``ClientNotificationUrl``; uri; optional.
        caller_display_name (str): ``CallerDisplayName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Participant

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """
    list = _LIST.list_method(
        ParticipantListArgs,
        """List Participant resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Participant]

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """List Participant resources, every page up to ``limit`` items: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Participant]

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """
    stream = _LIST.stream_method(
        ParticipantListArgs,
        """Stream Participant resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Participant.

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """Stream Participant resources, one page in memory at a time: ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Participant.

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """
    page = _LIST.page_method(
        ParticipantPageArgs,
        """One page of Participant resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Participant]

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """,
    )
    """One page of Participant resources (``next_page()`` moves on): ``GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json``.

    Parameters are sent in the query string unless noted.

    Args:
        muted (bool): ``Muted``; boolean; optional.
        hold (bool): ``Hold``; boolean; optional.
        coaching (bool): ``Coaching``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Participant]

    Twilio docs: https://www.twilio.com/docs/voice/api/conference-participant-resource
    """
