"""Every API 2008-08-01 operation: the request on the wire and the parsed model.

One table row per operation of ``specs/api_v2008.yaml``; a meta-test checks the
table covers the generated catalog, so a new operation cannot go untested.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import pytest
import respx

from twilio_async import Client
from twilio_async._errors import BadRequestError, NotFoundError, ServerError, TwilioRestError
from twilio_async.rest.api.v2008 import V2008
from twilio_async.rest.api.v2008.enums import (
    AccountStatus,
    CallIfMachine,
    CallStatus,
    ConferenceStatus,
    NotificationLog,
    SmsStatus,
    TranscriptionStatus,
)
from twilio_async.rest.api.v2008.types.accounts import Account
from twilio_async.rest.api.v2008.types.accounts_calls import Call
from twilio_async.rest.api.v2008.types.accounts_calls_notifications import CallNotification
from twilio_async.rest.api.v2008.types.accounts_calls_recordings import CallRecording
from twilio_async.rest.api.v2008.types.accounts_calls_segments import CallSegment
from twilio_async.rest.api.v2008.types.accounts_conferences import Conference
from twilio_async.rest.api.v2008.types.accounts_conferences_participants import Participant
from twilio_async.rest.api.v2008.types.accounts_incoming_phone_numbers import IncomingPhoneNumber
from twilio_async.rest.api.v2008.types.accounts_incoming_phone_numbers_local import (
    LocalIncomingPhoneNumber,
)
from twilio_async.rest.api.v2008.types.accounts_incoming_phone_numbers_toll_free import (
    TollFreeIncomingPhoneNumber,
)
from twilio_async.rest.api.v2008.types.accounts_notifications import Notification
from twilio_async.rest.api.v2008.types.accounts_outgoing_caller_ids import (
    OutgoingCallerId,
    ValidationRequest,
)
from twilio_async.rest.api.v2008.types.accounts_recordings import Recording
from twilio_async.rest.api.v2008.types.accounts_recordings_transcriptions import Transcription
from twilio_async.rest.api.v2008.types.accounts_sms_messages import SmsMessage
from twilio_async.rest.api.v2008.types.accounts_transcriptions import AccountTranscription

from .helpers import (
    AC,
    ACCOUNT,
    CA,
    CA2,
    CF,
    NO,
    PDT,
    PN,
    PO,
    PST,
    RE,
    SM,
    TR,
    assert_fields,
    form_of,
    query_of,
    xml,
)

CATALOG = Path(__file__).parents[2] / "twilio_async" / "rest" / "api" / "v2008" / "catalog.json"

ACCOUNT_FIELDS = {
    "sid": AC,
    "friendly_name": "Do you like my account?",
    "status": AccountStatus.ACTIVE,
    "status_text": "Active",
    "date_created": datetime(2008, 4, 2, 17, 33, 38, tzinfo=PDT),
    "date_updated": datetime(2008, 4, 2, 17, 34, 18, tzinfo=PDT),
    "auth_token": "f2b1c5d0e4a34b6e8d9f7a6b5c4d3e2f",
}
CALL_FIELDS = {
    "sid": CA,
    "date_created": datetime(2008, 4, 1, 11, 26, 32, tzinfo=PDT),
    "date_updated": datetime(2008, 4, 1, 11, 27, 3, tzinfo=PDT),
    "call_segment_sid": None,
    "account_sid": AC,
    "called": "4155551212",
    "caller": "4158675309",
    "phone_number_sid": PN,
    "status": CallStatus.COMPLETE,
    "start_time": datetime(2008, 4, 1, 11, 26, 33, tzinfo=PDT),
    "end_time": datetime(2008, 4, 1, 11, 26, 47, tzinfo=PDT),
    "duration": 14,
    "price": None,
    "flags": 2,
}
CREATED_CALL_FIELDS = {
    **CALL_FIELDS,
    "date_updated": datetime(2008, 4, 1, 11, 26, 32, tzinfo=PDT),
    "status": CallStatus.NOT_DIALED,
    "start_time": None,
    "end_time": None,
    "duration": None,
}
SEGMENT_FIELDS = {
    "sid": CA,
    "call_segment_sid": CA2,
    "called": "4155550000",
    "status": CallStatus.COMPLETE,
    "duration": 7,
    "price": Decimal("-0.07"),
    "flags": 4,
}
SMS_FIELDS = {
    "sid": SM,
    "date_created": datetime(2009, 3, 18, 14, 14, 58, tzinfo=PDT),
    "date_sent": None,
    "account_sid": AC,
    "to": "4158675309",
    "from_": "6505551212",
    "body": "Jenny, please? I love you <3",
    "status": SmsStatus.QUEUED,
    "flags": 4,
}
SMS_LIST_FIELDS = {
    **SMS_FIELDS,
    "date_updated": datetime(2009, 3, 18, 14, 15, 1, tzinfo=PDT),
    "date_sent": datetime(2009, 3, 18, 14, 15, 0, tzinfo=PDT),
    "status": SmsStatus.SENT,
}
NUMBER_FIELDS = {
    "sid": PN,
    "account_sid": AC,
    "friendly_name": "Main line",
    "phone_number": "4158675309",
    "url": "http://example.com/voice",
    "method": "POST",
    "sms_url": "http://example.com/sms",
    "sms_method": "GET",
    "voice_fallback_url": None,
    "voice_fallback_method": None,
    "sms_fallback_url": None,
    "sms_fallback_method": None,
    "voice_caller_id_lookup": False,
    "date_created": datetime(2009, 2, 16, 9, 0, 0, tzinfo=PST),
    "date_updated": datetime(2009, 2, 17, 10, 30, 0, tzinfo=PST),
}
TOLL_FREE_FIELDS = {
    "sid": "PN" + "0" * 31 + "d",
    "phone_number": "8665550123",
    "sms_url": None,
    "voice_fallback_url": "http://example.com/fallback",
    "voice_fallback_method": "GET",
    "voice_caller_id_lookup": True,
}
CALLER_ID_FIELDS = {
    "sid": PO,
    "account_sid": AC,
    "friendly_name": "Home",
    "phone_number": "4158675309",
    "date_created": datetime(2009, 3, 15, 2, 8, 47, tzinfo=PDT),
}
VALIDATION_FIELDS = {
    "account_sid": AC,
    "phone_number": "4158675309",
    "friendly_name": "Home",
    "validation_code": "012345",
}
RECORDING_FIELDS = {
    "sid": RE,
    "account_sid": AC,
    "call_sid": CA,
    "duration": 15,
    "date_created": datetime(2008, 4, 1, 1, 7, 15, tzinfo=PDT),
}
TRANSCRIPTION_FIELDS = {
    "sid": TR,
    "date_created": datetime(2009, 3, 2, 9, 38, 5, tzinfo=timezone.utc),
    "date_updated": datetime(2009, 3, 2, 9, 38, 10, tzinfo=timezone.utc),
    "account_sid": AC,
    "status": TranscriptionStatus.COMPLETED,
    "recording_sid": RE,
    "duration": 9,
    "transcription_text": "Hello, this is a test message.",
    "price": Decimal("-0.03000"),
}
NOTIFICATION_FIELDS = {
    "sid": NO,
    "account_sid": AC,
    "call_sid": CA,
    "log": NotificationLog.ERROR,
    "error_code": 11200,
    "more_info": "http://www.twilio.com/docs/errors/11200",
    "message_text": "EmailNotification=false&LogLevel=ERROR",
    "message_date": datetime(2008, 4, 1, 1, 7, 59, tzinfo=PDT),
    "request_url": "http://example.com/voice",
    "request_method": "POST",
    "request_variables": f"AccountSid={AC}&CallStatus=in-progress",
    "response_headers": "Content-Type=text%2Fhtml",
    "response_body": "<html>Not Found</html>",
}
NOTIFICATION_LIST_FIELDS = {
    "sid": NO,
    "log": NotificationLog.WARNING,
    "error_code": 13227,
    "request_method": "GET",
    "request_variables": None,  # only instances carry these
    "response_body": None,
}
CONFERENCE_FIELDS = {
    "sid": CF,
    "account_sid": AC,
    "friendly_name": "room",
    "status": ConferenceStatus.COMPLETED,
    "date_created": datetime(2009, 9, 18, 19, 6, 54, tzinfo=PDT),
}
PARTICIPANT_FIELDS = {
    "conference_sid": CF,
    "account_sid": AC,
    "call_sid": CA,
    "muted": True,
    "start_conference_on_enter": True,  # "1" on the wire
    "end_conference_on_exit": False,  # "0" on the wire
    "date_updated": datetime(2009, 9, 18, 19, 8, 0, tzinfo=PDT),
}

Call_ = Callable[[V2008], Awaitable[Any]]


@dataclass
class Case:
    """One operation: how to call it, what must go on the wire, what must come back."""

    op: str  # "<resource id>.<verb>", as in the catalog
    call: Call_
    method: str
    path: str
    model: type | None  # None: delete (returns True)
    fixture: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] | None = None
    status: int = 200
    count: int | None = None  # list operations: number of items


def acct(v: V2008) -> Any:
    return v.accounts(AC)


CASES = [
    # accounts
    Case(
        "accounts.list",
        lambda v: v.accounts.list(),
        "GET",
        "/2008-08-01/Accounts",
        Account,
        "accounts.xml",
        ACCOUNT_FIELDS,
        count=1,
    ),
    Case(
        "accounts.fetch",
        lambda v: v.accounts(AC).fetch(),
        "GET",
        ACCOUNT,
        Account,
        "account.xml",
        ACCOUNT_FIELDS,
    ),
    Case(
        "accounts.update",
        lambda v: v.accounts(AC).update(friendly_name="Do you like my account?"),
        "POST",
        ACCOUNT,
        Account,
        "account.xml",
        ACCOUNT_FIELDS,
        form=[("FriendlyName", "Do you like my account?")],
    ),
    # calls
    Case(
        "accounts.calls.create",
        lambda v: acct(v).calls.create(
            caller="4158675309",
            called="4155551212",
            url="http://example.com/call.xml",
            method="GET",
            send_digits="1234#",
            if_machine=CallIfMachine.HANGUP,
            timeout=30,
        ),
        "POST",
        f"{ACCOUNT}/Calls",
        Call,
        "call_created.xml",
        CREATED_CALL_FIELDS,
        form=[
            ("Caller", "4158675309"),
            ("Called", "4155551212"),
            ("Url", "http://example.com/call.xml"),
            ("Method", "GET"),
            ("SendDigits", "1234#"),
            ("IfMachine", "Hangup"),
            ("Timeout", "30"),
        ],
        status=201,
    ),
    Case(
        "accounts.calls.list",
        lambda v: acct(v).calls.list(
            called="4155551212",
            status=CallStatus.COMPLETE,
            start_time_after=date(2008, 3, 31),
            start_time_before="2008-04-02",
        ),
        "GET",
        f"{ACCOUNT}/Calls",
        Call,
        "calls.xml",
        CALL_FIELDS,
        query=[
            ("Called", "4155551212"),
            ("Status", "2"),
            ("StartTime<", "2008-04-02"),
            ("StartTime>", "2008-03-31"),
        ],
        count=2,
    ),
    Case(
        "accounts.calls.fetch",
        lambda v: acct(v).calls(CA).fetch(),
        "GET",
        f"{ACCOUNT}/Calls/{CA}",
        Call,
        "call.xml",
        CALL_FIELDS,
    ),
    Case(
        "accounts.calls.update",
        lambda v: (
            acct(v)
            .calls(CA)
            .update(current_url="http://example.com/next.xml", current_method="GET")
        ),
        "POST",
        f"{ACCOUNT}/Calls/{CA}",
        Call,
        "call.xml",
        CALL_FIELDS,
        form=[("CurrentUrl", "http://example.com/next.xml"), ("CurrentMethod", "GET")],
    ),
    Case(
        "accounts.calls.segments.list",
        lambda v: acct(v).calls(CA).segments.list(),
        "GET",
        f"{ACCOUNT}/Calls/{CA}/Segments",
        CallSegment,
        "call_segments.xml",
        SEGMENT_FIELDS,
        count=1,
    ),
    Case(
        "accounts.calls.segments.fetch",
        lambda v: acct(v).calls(CA).segments(CA2).fetch(),
        "GET",
        f"{ACCOUNT}/Calls/{CA}/Segments/{CA2}",
        CallSegment,
        "call_segment.xml",
        SEGMENT_FIELDS,
    ),
    Case(
        "accounts.calls.recordings.list",
        lambda v: acct(v).calls(CA).recordings.list(),
        "GET",
        f"{ACCOUNT}/Calls/{CA}/Recordings",
        CallRecording,
        "recordings.xml",
        RECORDING_FIELDS,
        count=1,
    ),
    Case(
        "accounts.calls.notifications.list",
        lambda v: acct(v).calls(CA).notifications.list(),
        "GET",
        f"{ACCOUNT}/Calls/{CA}/Notifications",
        CallNotification,
        "notifications.xml",
        NOTIFICATION_LIST_FIELDS,
        count=1,
    ),
    # SMS
    Case(
        "accounts.sms.messages.create",
        lambda v: acct(v).sms.messages.create(
            from_="6505551212",
            to="4158675309",
            body="Jenny, please? I love you <3",
            status_callback="http://example.com/sms-status",
        ),
        "POST",
        f"{ACCOUNT}/SMS/Messages",
        SmsMessage,
        "sms_message.xml",
        SMS_FIELDS,
        form=[
            ("From", "6505551212"),
            ("To", "4158675309"),
            ("Body", "Jenny, please? I love you <3"),
            ("StatusCallback", "http://example.com/sms-status"),
        ],
        status=201,
    ),
    Case(
        "accounts.sms.messages.list",
        lambda v: acct(v).sms.messages.list(to="4158675309", date_sent_before=date(2009, 3, 19)),
        "GET",
        f"{ACCOUNT}/SMS/Messages",
        SmsMessage,
        "sms_messages.xml",
        SMS_LIST_FIELDS,
        query=[("To", "4158675309"), ("DateSent<", "2009-03-19")],
        count=2,
    ),
    Case(
        "accounts.sms.messages.fetch",
        lambda v: acct(v).sms.messages(SM).fetch(),
        "GET",
        f"{ACCOUNT}/SMS/Messages/{SM}",
        SmsMessage,
        "sms_message.xml",
        SMS_FIELDS,
    ),
    # incoming phone numbers
    Case(
        "accounts.incoming_phone_numbers.list",
        lambda v: acct(v).incoming_phone_numbers.list(
            phone_number="4158675309", friendly_name="Main line"
        ),
        "GET",
        f"{ACCOUNT}/IncomingPhoneNumbers",
        IncomingPhoneNumber,
        "incoming_phone_numbers.xml",
        NUMBER_FIELDS,
        query=[("PhoneNumber", "4158675309"), ("FriendlyName", "Main line")],
        count=1,
    ),
    Case(
        "accounts.incoming_phone_numbers.fetch",
        lambda v: acct(v).incoming_phone_numbers(PN).fetch(),
        "GET",
        f"{ACCOUNT}/IncomingPhoneNumbers/{PN}",
        IncomingPhoneNumber,
        "incoming_phone_number.xml",
        NUMBER_FIELDS,
    ),
    Case(
        "accounts.incoming_phone_numbers.update",
        lambda v: (
            acct(v)
            .incoming_phone_numbers(PN)
            .update(
                url="http://example.com/voice",
                method="POST",
                friendly_name="Main line",
                voice_caller_id_lookup=False,
                sms_method="GET",
            )
        ),
        "POST",
        f"{ACCOUNT}/IncomingPhoneNumbers/{PN}",
        IncomingPhoneNumber,
        "incoming_phone_number.xml",
        NUMBER_FIELDS,
        form=[
            ("Url", "http://example.com/voice"),
            ("Method", "POST"),
            ("FriendlyName", "Main line"),
            ("VoiceCallerIdLookup", "false"),
            ("SmsMethod", "GET"),
        ],
    ),
    Case(
        "accounts.incoming_phone_numbers.delete",
        lambda v: acct(v).incoming_phone_numbers(PN).delete(),
        "DELETE",
        f"{ACCOUNT}/IncomingPhoneNumbers/{PN}",
        None,
        None,
        status=204,
    ),
    Case(
        "accounts.incoming_phone_numbers.local.create",
        lambda v: acct(v).incoming_phone_numbers.local.create(
            area_code="415", friendly_name="Main line", sms_url="http://example.com/sms"
        ),
        "POST",
        f"{ACCOUNT}/IncomingPhoneNumbers/Local",
        LocalIncomingPhoneNumber,
        "incoming_phone_number.xml",
        NUMBER_FIELDS,
        form=[
            ("AreaCode", "415"),
            ("FriendlyName", "Main line"),
            ("SmsUrl", "http://example.com/sms"),
        ],
        status=201,
    ),
    Case(
        "accounts.incoming_phone_numbers.local.list",
        lambda v: acct(v).incoming_phone_numbers.local.list(),
        "GET",
        f"{ACCOUNT}/IncomingPhoneNumbers/Local",
        LocalIncomingPhoneNumber,
        "incoming_phone_numbers.xml",
        NUMBER_FIELDS,
        count=1,
    ),
    Case(
        "accounts.incoming_phone_numbers.toll_free.create",
        lambda v: acct(v).incoming_phone_numbers.toll_free.create(
            area_code="866", url="http://example.com/voice", voice_caller_id_lookup=True
        ),
        "POST",
        f"{ACCOUNT}/IncomingPhoneNumbers/TollFree",
        TollFreeIncomingPhoneNumber,
        "incoming_phone_number_toll_free.xml",
        TOLL_FREE_FIELDS,
        form=[
            ("AreaCode", "866"),
            ("Url", "http://example.com/voice"),
            ("VoiceCallerIdLookup", "true"),
        ],
        status=201,
    ),
    Case(
        "accounts.incoming_phone_numbers.toll_free.list",
        lambda v: acct(v).incoming_phone_numbers.toll_free.list(),
        "GET",
        f"{ACCOUNT}/IncomingPhoneNumbers/TollFree",
        TollFreeIncomingPhoneNumber,
        "incoming_phone_numbers.xml",
        NUMBER_FIELDS,
        count=1,
    ),
    # outgoing caller ids
    Case(
        "accounts.outgoing_caller_ids.create",
        lambda v: acct(v).outgoing_caller_ids.create(
            phone_number="(415) 867-5309", friendly_name="Home", call_delay=5
        ),
        "POST",
        f"{ACCOUNT}/OutgoingCallerIds",
        ValidationRequest,
        "validation_request.xml",
        VALIDATION_FIELDS,
        form=[("PhoneNumber", "(415) 867-5309"), ("FriendlyName", "Home"), ("CallDelay", "5")],
    ),
    Case(
        "accounts.outgoing_caller_ids.list",
        lambda v: acct(v).outgoing_caller_ids.list(phone_number="4158675309"),
        "GET",
        f"{ACCOUNT}/OutgoingCallerIds",
        OutgoingCallerId,
        "outgoing_caller_ids.xml",
        CALLER_ID_FIELDS,
        query=[("PhoneNumber", "4158675309")],
        count=1,
    ),
    Case(
        "accounts.outgoing_caller_ids.fetch",
        lambda v: acct(v).outgoing_caller_ids(PO).fetch(),
        "GET",
        f"{ACCOUNT}/OutgoingCallerIds/{PO}",
        OutgoingCallerId,
        "outgoing_caller_id.xml",
        CALLER_ID_FIELDS,
    ),
    Case(
        "accounts.outgoing_caller_ids.update",
        lambda v: acct(v).outgoing_caller_ids(PO).update(friendly_name="Home"),
        "POST",
        f"{ACCOUNT}/OutgoingCallerIds/{PO}",
        OutgoingCallerId,
        "outgoing_caller_id.xml",
        CALLER_ID_FIELDS,
        form=[("FriendlyName", "Home")],
    ),
    Case(
        "accounts.outgoing_caller_ids.delete",
        lambda v: acct(v).outgoing_caller_ids(PO).delete(),
        "DELETE",
        f"{ACCOUNT}/OutgoingCallerIds/{PO}",
        None,
        None,
        status=204,
    ),
    # recordings and transcriptions
    Case(
        "accounts.recordings.list",
        lambda v: acct(v).recordings.list(call_sid=CA),
        "GET",
        f"{ACCOUNT}/Recordings",
        Recording,
        "recordings.xml",
        RECORDING_FIELDS,
        query=[("CallSid", CA)],
        count=1,
    ),
    Case(
        "accounts.recordings.fetch",
        lambda v: acct(v).recordings(RE).fetch(),
        "GET",
        f"{ACCOUNT}/Recordings/{RE}.xml",
        Recording,
        "recording.xml",
        RECORDING_FIELDS,
    ),
    Case(
        "accounts.recordings.delete",
        lambda v: acct(v).recordings(RE).delete(),
        "DELETE",
        f"{ACCOUNT}/Recordings/{RE}.xml",
        None,
        None,
        status=204,
    ),
    Case(
        "accounts.recordings.transcriptions.list",
        lambda v: acct(v).recordings(RE).transcriptions.list(),
        "GET",
        f"{ACCOUNT}/Recordings/{RE}/Transcriptions",
        Transcription,
        "transcriptions.xml",
        TRANSCRIPTION_FIELDS,
        count=2,
    ),
    Case(
        "accounts.recordings.transcriptions.fetch",
        lambda v: acct(v).recordings(RE).transcriptions(TR).fetch(),
        "GET",
        f"{ACCOUNT}/Recordings/{RE}/Transcriptions/{TR}",
        Transcription,
        "transcription.xml",
        TRANSCRIPTION_FIELDS,
    ),
    Case(
        "accounts.transcriptions.list",
        lambda v: acct(v).transcriptions.list(),
        "GET",
        f"{ACCOUNT}/Transcriptions",
        AccountTranscription,
        "transcriptions.xml",
        TRANSCRIPTION_FIELDS,
        count=2,
    ),
    # notifications
    Case(
        "accounts.notifications.list",
        lambda v: acct(v).notifications.list(),
        "GET",
        f"{ACCOUNT}/Notifications",
        Notification,
        "notifications.xml",
        NOTIFICATION_LIST_FIELDS,
        count=1,
    ),
    Case(
        "accounts.notifications.fetch",
        lambda v: acct(v).notifications(NO).fetch(),
        "GET",
        f"{ACCOUNT}/Notifications/{NO}",
        Notification,
        "notification.xml",
        NOTIFICATION_FIELDS,
    ),
    Case(
        "accounts.notifications.delete",
        lambda v: acct(v).notifications(NO).delete(),
        "DELETE",
        f"{ACCOUNT}/Notifications/{NO}",
        None,
        None,
        status=204,
    ),
    # conferences and participants
    Case(
        "accounts.conferences.list",
        lambda v: acct(v).conferences.list(
            status=1, friendly_name="room", date_created_after=date(2009, 9, 1)
        ),
        "GET",
        f"{ACCOUNT}/Conferences",
        Conference,
        "conferences.xml",
        {**CONFERENCE_FIELDS, "status": ConferenceStatus.IN_PROGRESS},
        query=[("Status", "1"), ("FriendlyName", "room"), ("DateCreated>", "2009-09-01")],
        count=1,
    ),
    Case(
        "accounts.conferences.fetch",
        lambda v: acct(v).conferences(CF).fetch(),
        "GET",
        f"{ACCOUNT}/Conferences/{CF}",
        Conference,
        "conference.xml",
        CONFERENCE_FIELDS,
    ),
    Case(
        "accounts.conferences.participants.list",
        lambda v: acct(v).conferences(CF).participants.list(muted=True),
        "GET",
        f"{ACCOUNT}/Conferences/{CF}/Participants",
        Participant,
        "participants.xml",
        PARTICIPANT_FIELDS,
        query=[("Muted", "true")],
        count=1,
    ),
    Case(
        "accounts.conferences.participants.fetch",
        lambda v: acct(v).conferences(CF).participants(CA).fetch(),
        "GET",
        f"{ACCOUNT}/Conferences/{CF}/Participants/{CA}",
        Participant,
        "participant.xml",
        PARTICIPANT_FIELDS,
    ),
    Case(
        "accounts.conferences.participants.update",
        lambda v: acct(v).conferences(CF).participants(CA).update(muted=True),
        "POST",
        f"{ACCOUNT}/Conferences/{CF}/Participants/{CA}",
        Participant,
        "participant.xml",
        PARTICIPANT_FIELDS,
        form=[("Muted", "true")],
    ),
    Case(
        "accounts.conferences.participants.delete",
        lambda v: acct(v).conferences(CF).participants(CA).delete(),
        "DELETE",
        f"{ACCOUNT}/Conferences/{CF}/Participants/{CA}",
        None,
        None,
        status=204,
    ),
]


def test_every_operation_of_the_spec_has_a_case() -> None:
    catalog = json.loads(CATALOG.read_text())
    in_spec = {
        f"{rid}.{verb}" for rid, res in catalog["resources"].items() for verb in res["operations"]
    }
    covered = [case.op for case in CASES]
    assert len(covered) == len(set(covered)), "an operation is listed twice"
    assert set(covered) == in_spec


@pytest.mark.parametrize("case", CASES, ids=[c.op for c in CASES])
async def test_operation_wire_and_model(case: Case, client: Client, mock: respx.MockRouter) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=xml(case.fixture, case.status))
    with anyio.fail_after(5):
        result = await case.call(client.api.v2008)

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.method
    assert request.url.scheme == "https"
    assert request.url.path == case.path
    assert query_of(request) == case.query
    assert request.headers["accept"] == "application/xml"
    if case.form is None:
        assert request.content == b""
        assert "content-type" not in request.headers
    else:
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert form_of(request) == case.form

    if case.model is None:
        assert result is True
    elif case.count is not None:
        assert isinstance(result, list)
        assert len(result) == case.count
        assert all(type(item) is case.model for item in result)
        assert_fields(result[0], case.fields)
    else:
        assert type(result) is case.model
        assert_fields(result, case.fields)


@dataclass
class ErrorCase:
    fixture: str
    call: Call_
    kind: type[TwilioRestError]
    status: int
    code: int | None
    message: str


ERROR_CASES = [
    ErrorCase(
        "accounts.xml",
        lambda v: v.accounts("AC" + "b" * 32).fetch(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "calls.xml",
        lambda v: acct(v).calls.create(caller="4158675309", called="", url="http://x.test/"),
        BadRequestError,
        400,
        21201,
        "No called number is specified",
    ),
    ErrorCase(
        "call_segments.xml",
        lambda v: acct(v).calls(CA).segments(CA2).fetch(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "call_recordings.xml",  # no Code / MoreInfo elements
        lambda v: acct(v).calls(CA).recordings.list(),
        NotFoundError,
        404,
        None,
        "The requested resource was not found",
    ),
    ErrorCase(
        "call_notifications.xml",
        lambda v: acct(v).calls(CA).notifications.list(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "sms_messages.xml",
        lambda v: acct(v).sms.messages.create(from_="6505551212", to="4158675309", body=""),
        BadRequestError,
        400,
        21602,
        "Message body is required",
    ),
    ErrorCase(
        "incoming_phone_numbers.xml",
        lambda v: acct(v).incoming_phone_numbers.local.create(area_code="555"),
        BadRequestError,
        400,
        21452,
        "No phone numbers found in area code 555",
    ),
    ErrorCase(
        "outgoing_caller_ids.xml",
        lambda v: acct(v).outgoing_caller_ids.create(phone_number="4158675309"),
        BadRequestError,
        400,
        21450,
        "Phone number already validated on your account",
    ),
    ErrorCase(
        "recordings.xml",
        lambda v: acct(v).recordings(RE).delete(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "transcriptions.xml",
        lambda v: acct(v).recordings(RE).transcriptions(TR).fetch(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "notifications.xml",
        lambda v: acct(v).notifications(NO).fetch(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "conferences.xml",
        lambda v: acct(v).conferences(CF).fetch(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "participants.xml",
        lambda v: acct(v).conferences(CF).participants(CA).delete(),
        NotFoundError,
        404,
        20404,
        "The requested resource was not found",
    ),
    ErrorCase(
        "server.xml",
        lambda v: acct(v).calls.list(),
        ServerError,
        500,
        20500,
        "Internal Server Error",
    ),
]


@pytest.mark.parametrize("case", ERROR_CASES, ids=[c.fixture for c in ERROR_CASES])
async def test_rest_exception_maps_to_twilio_rest_error(
    case: ErrorCase, client: Client, mock: respx.MockRouter
) -> None:
    mock.route(host="api.twilio.com").mock(return_value=xml(f"errors/{case.fixture}", case.status))
    with anyio.fail_after(5), pytest.raises(case.kind) as info:
        await case.call(client.api.v2008)
    err = info.value
    assert err.status == case.status
    assert err.code == case.code
    assert err.message == case.message
    expected_info = f"http://www.twilio.com/docs/errors/{case.code}" if case.code else None
    assert err.more_info == expected_info
    assert err.url.startswith(f"https://api.twilio.com{ACCOUNT[: len('/2008-08-01/Accounts/')]}")
