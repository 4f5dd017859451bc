"""End to end on loopback: the emulator (playing Twilio) calls the example FastAPI app.

The app sends a message through its lifespan-owned Client (pointed at the emulator)
with a StatusCallback back to itself; the emulator moves the message through its
statuses and POSTs signed callbacks, which the app validates and records. Then the
emulator delivers a signed inbound message; the app answers TwiML, whose <Message>
the emulator stores as the reply. Forged callbacks are refused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.support.asgi import load_example, serve
from twilio_async.emulator import Emulator
from twilio_async.emulator.webhooks_out import inbound_message
from twilio_async.rest.api.v2010.enums import MessageStatus
from twilio_async.webhooks import RequestValidator

APP_NUMBER = "+15017122661"
USER_NUMBER = "+15558675310"


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(status_interval=0.01, seed=8) as e:
        yield e


@pytest.fixture
async def app_url(emu: Emulator) -> AsyncIterator[tuple[Any, str]]:
    app = load_example().create_app(auth_token=emu.auth_token, client=lambda: emu.client())
    async with serve(app) as base:
        yield app, base


async def test_status_callbacks_from_the_emulator_are_validated_and_recorded(
    emu: Emulator, app_url: tuple[Any, str]
) -> None:
    app, base = app_url
    async with httpx.AsyncClient(base_url=base) as http:
        sent = await http.post("/send", data={"to": USER_NUMBER, "from": APP_NUMBER, "body": "Hi"})
        assert sent.status_code == 200, sent.text
    sid = sent.json()["sid"]
    await emu.settle()
    recorder = app.state.recorder
    await recorder.wait_for(lambda r: len(r.statuses) == 3)
    assert [(s.message_sid, s.message_status) for s in recorder.statuses] == [
        (sid, MessageStatus.SENDING),
        (sid, MessageStatus.SENT),
        (sid, MessageStatus.DELIVERED),
    ]
    assert all(s.from_ == APP_NUMBER and s.to == USER_NUMBER for s in recorder.statuses)
    # What the emulator sent: three signed callbacks to the app, all accepted.
    callbacks = [c for c in emu.callbacks if c.params.get("MessageSid") == sid]
    assert [c.status for c in callbacks] == [204, 204, 204]
    assert all(c.url == f"{base}/status" for c in callbacks)
    validator = RequestValidator(emu.auth_token)
    assert all(validator.validate(c.url, c.params, c.signature) for c in callbacks)


async def test_inbound_message_is_answered_with_twiml_and_the_reply_is_sent(
    emu: Emulator, app_url: tuple[Any, str]
) -> None:
    app, base = app_url
    delivery = await inbound_message(
        emu,
        f"{base}/sms",
        from_=USER_NUMBER,
        to=APP_NUMBER,
        body="What's up? <b>&",
        media_urls=["https://cdn.example/cat.png"],
    )
    assert delivery.error is None
    assert delivery.status == 200
    assert delivery.content_type == "application/xml"
    assert delivery.text == (
        '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks! You said: '
        "What's up? &lt;b&gt;&amp; (and sent 1 attachment(s))</Message></Response>"
    )
    [inbound] = app.state.recorder.inbound
    assert inbound.message_sid == delivery.message_sid
    assert inbound.body == "What's up? <b>&"
    assert [(m.url, m.content_type) for m in inbound.media] == [
        ("https://cdn.example/cat.png", "image/png")
    ]
    # Both the inbound message and the TwiML reply exist in the emulator, as at Twilio.
    async with emu.client(max_retries=0) as client:
        stored = await client.messages(delivery.message_sid or "").fetch()
        assert (stored.direction, stored.status, stored.from_) == (
            "inbound",
            "received",
            USER_NUMBER,
        )
        [reply_sid] = delivery.replies
        reply = await client.messages(reply_sid).fetch()
        assert reply.direction == "outbound-reply"
        assert (reply.from_, reply.to) == (APP_NUMBER, USER_NUMBER)
        assert reply.body == "Thanks! You said: What's up? <b>& (and sent 1 attachment(s))"


async def test_forged_webhooks_are_rejected(emu: Emulator, app_url: tuple[Any, str]) -> None:
    app, base = app_url
    forged = await inbound_message(
        emu, f"{base}/sms", from_=USER_NUMBER, to=APP_NUMBER, body="hi", auth_token="not-the-token"
    )
    assert forged.status == 403
    assert forged.replies == []
    # A genuine status callback, replayed with a changed status, is refused too.
    sig = RequestValidator(emu.auth_token).compute_signature(
        f"{base}/status", {"MessageSid": "SM" + "0" * 32, "MessageStatus": "delivered"}
    )
    async with httpx.AsyncClient(base_url=base) as http:
        replayed = await http.post(
            "/status",
            data={"MessageSid": "SM" + "0" * 32, "MessageStatus": "failed"},
            headers={"X-Twilio-Signature": sig},
        )
    assert replayed.status_code == 403
    assert app.state.recorder.inbound == []
    assert app.state.recorder.statuses == []
