"""Webhook parameter models: PascalCase wire names, snake_case attributes, media, extras."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

from twilio_async.rest.api.v2010.enums import CallStatus, MessageStatus
from twilio_async.webhooks import (
    CallStatusCallback,
    IncomingCall,
    IncomingMessage,
    Media,
    MessageStatusCallback,
)

SM = "SM" + "1" * 32
AC = "AC" + "2" * 32

INBOUND = {
    "ToCountry": "US",
    "ToState": "CA",
    "SmsMessageSid": SM,
    "NumMedia": "2",
    "ToCity": "SAN FRANCISCO",
    "FromZip": "94105",
    "SmsSid": SM,
    "FromState": "CA",
    "SmsStatus": "received",
    "FromCity": "SAN FRANCISCO",
    "Body": "Hello there",
    "FromCountry": "US",
    "To": "+15017122661",
    "MessagingServiceSid": "MG" + "3" * 32,
    "ToZip": "94105",
    "NumSegments": "1",
    "MessageSid": SM,
    "AccountSid": AC,
    "From": "+15558675310",
    "ApiVersion": "2010-04-01",
    "MediaUrl1": "https://api.twilio.com/media/ME2",
    "MediaContentType1": "image/png",
    "MediaUrl0": "https://api.twilio.com/media/ME1",
    "MediaContentType0": "image/jpeg",
    "ReferralNumMedia": "0",
}


def test_incoming_message() -> None:
    msg = IncomingMessage.model_validate(INBOUND)
    assert msg.message_sid == SM
    assert msg.from_ == "+15558675310"
    assert msg.to == "+15017122661"
    assert msg.body == "Hello there"
    assert msg.num_media == 2
    assert msg.num_segments == 1
    assert msg.from_city == "SAN FRANCISCO"
    assert msg.to_zip == "94105"
    assert msg.account_sid == AC
    assert msg.api_version == "2010-04-01"
    assert msg.media == [
        Media(url="https://api.twilio.com/media/ME1", content_type="image/jpeg"),
        Media(url="https://api.twilio.com/media/ME2", content_type="image/png"),
    ]
    # Unknown parameters are kept by wire name; media parameters live in `media` only.
    assert msg.model_extra == {"ReferralNumMedia": "0"}


def test_media_order_is_numeric_and_a_type_without_url_is_dropped() -> None:
    params = {f"MediaUrl{i}": f"https://m/{i}" for i in (10, 2, 1)}
    params["MediaContentType7"] = "image/gif"
    msg = IncomingMessage.model_validate(params)
    assert [m.url for m in msg.media] == ["https://m/1", "https://m/2", "https://m/10"]
    assert all(m.content_type is None for m in msg.media)
    assert IncomingMessage.model_validate({"Body": "x"}).media == []
    assert IncomingMessage.model_validate({"Body": "x"}).num_media == 0


def test_snake_case_names_populate_too_and_pairs_are_accepted() -> None:
    by_name = IncomingMessage(from_="+1", body="hi", message_sid=SM)
    assert by_name == IncomingMessage.from_params(
        [("From", "+1"), ("Body", "hi"), ("MessageSid", SM)]
    )
    assert IncomingMessage.from_params({"From": "+1"}).from_ == "+1"
    assert by_name.model_dump(by_alias=True)["From"] == "+1"


def test_message_status_callback() -> None:
    cb = MessageStatusCallback.model_validate(
        {"MessageSid": SM, "MessageStatus": "delivered", "SmsStatus": "delivered", "ErrorCode": ""}
    )
    assert cb.message_status is MessageStatus.DELIVERED
    assert cb.error_code is None
    failed = MessageStatusCallback.model_validate(
        {"MessageStatus": "undelivered", "ErrorCode": "30008", "ChannelPrefix": "sms"}
    )
    assert failed.error_code == 30008
    assert failed.model_extra == {"ChannelPrefix": "sms"}
    new = MessageStatusCallback.model_validate({"MessageStatus": "teleported"})
    assert new.message_status is not None and new.message_status.value == "teleported"


def test_incoming_call_and_call_status() -> None:
    call = IncomingCall.model_validate(
        {
            "CallSid": "CA" + "4" * 32,
            "CallStatus": "ringing",
            "Direction": "inbound",
            "Caller": "+15558675310",
            "From": "+15558675310",
            "To": "+15017122661",
            "CallToken": "tok",
            "StirVerstat": "TN-Validation-Passed-A",
        }
    )
    assert call.call_status is CallStatus.RINGING
    assert call.caller == call.from_ == "+15558675310"
    assert call.model_extra == {"StirVerstat": "TN-Validation-Passed-A"}
    done = CallStatusCallback.model_validate(
        {
            "CallSid": "CA" + "4" * 32,
            "CallStatus": "completed",
            "CallDuration": "42",
            "Timestamp": "Mon, 16 Aug 2010 03:45:01 +0000",
            "SequenceNumber": "3",
            "CallbackSource": "call-progress-events",
            "Digits": "",
        }
    )
    assert done.call_duration == 42
    assert done.sequence_number == 3
    assert done.timestamp == datetime(2010, 8, 16, 3, 45, 1, tzinfo=timezone.utc)
    assert done.digits == ""


def test_bad_numbers_raise() -> None:
    with pytest.raises(ValidationError):
        IncomingMessage.model_validate({"NumMedia": "many"})
