"""examples/webhook_app.py: with FastAPI's TestClient, and served by uvicorn on loopback."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from tests.support.asgi import load_example, serve
from twilio_async import Client

TOKEN = "example-app-token-4242"
AC = "AC" + "d" * 32
SM = "SM" + "e" * 32
INBOUND = {
    "MessageSid": SM,
    "AccountSid": AC,
    "From": "+15558675310",
    "To": "+15017122661",
    "Body": "hello </Message>",
    "NumMedia": "1",
    "MediaUrl0": "https://api.twilio.com/media/ME1",
    "MediaContentType0": "image/jpeg",
}


def make_app(**options: Any) -> Any:
    return load_example().create_app(
        auth_token=TOKEN, client=lambda: Client(AC, TOKEN, environ={}), **options
    )


def signed(base: str, path: str, params: dict[str, str]) -> dict[str, Any]:
    signature = OfficialValidator(TOKEN).compute_signature(base + path, params)
    return {
        "content": urlencode(params),
        "headers": {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        },
    }


def test_inbound_sms_is_answered_with_twiml() -> None:
    app = make_app()
    with TestClient(app) as client:
        response = client.post("/sms", **signed("http://testserver", "/sms", INBOUND))
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/xml"
        assert response.text == (
            '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks! You said: '
            "hello &lt;/Message&gt; (and sent 1 attachment(s))</Message></Response>"
        )
        recorded = app.state.recorder.inbound
        assert [m.message_sid for m in recorded] == [SM]
        assert recorded[0].media[0].content_type == "image/jpeg"
        events = client.get("/events").json()
        assert events["inbound"][0]["body"] == "hello </Message>"


def test_voice_and_status_callbacks() -> None:
    app = make_app()
    call = {"CallSid": "CA" + "1" * 32, "CallStatus": "ringing", "From": "+1", "To": "+2"}
    done = {**call, "CallStatus": "completed", "CallDuration": "12"}
    status = {"MessageSid": SM, "MessageStatus": "delivered", "ErrorCode": ""}
    with TestClient(app) as client:
        voice = client.post("/voice", **signed("http://testserver", "/voice", call))
        assert voice.status_code == 200
        root = ET.fromstring(voice.text.split("?>", 1)[1])
        assert [el.tag for el in root] == ["Say", "Gather", "Redirect"]
        assert root[1].attrib == {"action": "/voice/menu", "method": "POST", "numDigits": "1"}
        cs = client.post("/call-status", **signed("http://testserver", "/call-status", done))
        assert cs.status_code == 204
        ms = client.post("/status", **signed("http://testserver", "/status", status))
        assert ms.status_code == 204
        events = client.get("/events").json()
    assert events["call_statuses"][0]["call_duration"] == 12
    assert events["statuses"][0]["message_status"] == "delivered"
    assert events["calls"][0]["call_status"] == "ringing"


def test_forged_callback_is_rejected_and_not_recorded() -> None:
    app = make_app()
    with TestClient(app) as client:
        forged = signed("http://testserver", "/status", {"MessageStatus": "delivered"})
        forged["content"] = urlencode({"MessageStatus": "failed"})
        assert client.post("/status", **forged).status_code == 403
        unsigned = client.post("/sms", data=INBOUND)
        assert unsigned.status_code == 403
    assert app.state.recorder.statuses == []
    assert app.state.recorder.inbound == []


async def test_served_by_uvicorn_on_loopback() -> None:
    app = make_app()
    async with serve(app) as base, httpx.AsyncClient(base_url=base) as http:
        ok = await http.post("/sms", **signed(base, "/sms", INBOUND))
        assert ok.status_code == 200
        assert "Thanks! You said: hello &lt;/Message&gt;" in ok.text
        # Signed for another URL (the public one), so wrong for this server: refused.
        wrong = await http.post("/sms", **signed("https://hooks.example.com", "/sms", INBOUND))
        assert wrong.status_code == 403
        assert len(app.state.recorder.inbound) == 1
        assert isinstance(app.state.twilio_client, Client)  # the lifespan ran
    assert app.state.twilio_client is None


async def test_served_behind_a_public_base_url() -> None:
    app = make_app(public_base_url="https://hooks.example.com")
    async with serve(app) as base, httpx.AsyncClient(base_url=base) as http:
        ok = await http.post("/sms", **signed("https://hooks.example.com", "/sms", INBOUND))
        assert ok.status_code == 200
        assert (await http.post("/sms", **signed(base, "/sms", INBOUND))).status_code == 403
