"""The FastAPI dependency with FastAPI's TestClient: signatures, URLs behind proxies, bodies."""

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any
from urllib.parse import urlencode

import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async import Client
from twilio_async.fastapi import (
    TwilioWebhook,
    TwiMLResponse,
    WebhookRequest,
    get_twilio_client,
    twilio_lifespan,
)
from twilio_async.twiml import MessagingResponse, Say
from twilio_async.webhooks import IncomingMessage, body_sha256

TOKEN = "fastapi-test-token-6f1d"
SHARED = "shared-key-secret-99"
SM = "SM" + "a" * 32
PARAMS = {"MessageSid": SM, "From": "+15558675310", "To": "+15017122661", "Body": "Hi <there>"}


class MultiDict(dict[str, list[str]]):
    def getall(self, name: str) -> list[str]:
        return self[name]


def sign(url: str, params: Any = None, token: str = TOKEN, algorithm: str | None = None) -> str:
    """Signatures come from twilio-python, independently of the code under test."""
    return str(OfficialValidator(token).compute_signature(url, params or {}, algorithm))


def make_app(**options: Any) -> FastAPI:
    options.setdefault("auth_token", TOKEN)
    webhook = TwilioWebhook(**options)
    app = FastAPI()

    @app.post("/sms")
    async def sms(msg: Annotated[IncomingMessage, Depends(webhook.model(IncomingMessage))]) -> Any:
        reply = MessagingResponse()
        reply.message(f"got {msg.body} from {msg.from_} with {len(msg.media)} media")
        return TwiMLResponse(reply)

    @app.api_route("/raw", methods=["GET", "POST"])
    async def raw(hook: Annotated[WebhookRequest, Depends(webhook)], request: Request) -> Any:
        form = await request.form()  # the body is still readable after the dependency
        return {
            "url": hook.url,
            "method": hook.method,
            "params": hook.params,
            "json": hook.json,
            "form": list(form.multi_items()),
        }

    return app


@pytest.fixture
def client() -> TestClient:
    return TestClient(make_app())


def post_form(client: TestClient, path: str, params: Any, signature: str | None, **headers: str):  # type: ignore[no-untyped-def]
    body = urlencode(params, doseq=True)
    all_headers = {"Content-Type": "application/x-www-form-urlencoded", **headers}
    if signature is not None:
        all_headers["X-Twilio-Signature"] = signature
    return client.post(path, content=body, headers=all_headers)


def test_signed_request_is_parsed_into_the_model(client: TestClient) -> None:
    response = post_form(client, "/sms", PARAMS, sign("http://testserver/sms", PARAMS))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/xml"
    assert response.text == (
        '<?xml version="1.0" encoding="UTF-8"?><Response><Message>'
        "got Hi &lt;there&gt; from +15558675310 with 0 media</Message></Response>"
    )


def test_query_string_and_repeated_parameters(client: TestClient) -> None:
    pairs = [("MediaUrl", "https://m/2"), ("MediaUrl", "https://m/1"), ("Body", "")]
    url = "http://testserver/raw?tenant=acme&x=%2F"
    # twilio-python reads repeated names through getall (as from Flask's MultiDict).
    signature = sign(url, MultiDict(MediaUrl=["https://m/2", "https://m/1"], Body=[""]))
    response = post_form(client, "/raw?tenant=acme&x=%2F", pairs, signature)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["url"] == url
    assert data["params"] == [list(p) for p in pairs]
    assert data["form"] == [list(p) for p in pairs]


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (None, "no X-Twilio-Signature header"),
        ("", "no X-Twilio-Signature header"),
        ("bm90IGEgc2lnbmF0dXJl", "invalid signature"),
        (sign("http://testserver/sms", PARAMS, token="another-token"), "invalid signature"),
        (sign("http://testserver/other", PARAMS), "invalid signature"),
        (sign("https://testserver/sms", PARAMS), "invalid signature"),
        (sign("http://testserver/sms", {**PARAMS, "Body": "changed"}), "invalid signature"),
    ],
)
def test_forged_or_unsigned_requests_get_403_and_a_log_line(
    client: TestClient, caplog: pytest.LogCaptureFixture, signature: str | None, reason: str
) -> None:
    caplog.set_level(logging.WARNING, logger="twilio_async.webhooks")
    response = post_form(client, "/sms?secret=q", PARAMS, signature)
    assert response.status_code == 403
    assert response.json() == {"detail": "Twilio signature validation failed"}
    records = [r for r in caplog.records if r.name == "twilio_async.webhooks"]
    assert len(records) == 1
    line = records[0].getMessage()
    assert line == f"rejected Twilio webhook POST /sms from testclient: {reason}"
    assert TOKEN not in caplog.text
    assert "secret=q" not in caplog.text
    if signature:
        assert signature not in caplog.text


def test_public_base_url_behind_a_proxy() -> None:
    client = TestClient(make_app(public_base_url="https://hooks.example.com/app/"))
    good = sign("https://hooks.example.com/app/sms", PARAMS)
    assert post_form(client, "/sms", PARAMS, good).status_code == 200
    # The Host header no longer matters, and a signature for the internal URL is refused.
    assert post_form(client, "/sms", PARAMS, good, Host="evil.example").status_code == 200
    assert (
        post_form(client, "/sms", PARAMS, sign("http://testserver/sms", PARAMS)).status_code == 403
    )


FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "hooks.example.com"}


def test_forwarded_headers_are_honoured_only_from_trusted_proxies() -> None:
    signature = sign("https://hooks.example.com/sms", PARAMS)
    untrusted = TestClient(make_app())
    assert post_form(untrusted, "/sms", PARAMS, signature, **FORWARDED).status_code == 403
    other_net = TestClient(make_app(forwarded_allow_ips=["10.0.0.0/8", "192.0.2.7"]))
    assert post_form(other_net, "/sms", PARAMS, signature, **FORWARDED).status_code == 403
    trusted = TestClient(make_app(forwarded_allow_ips="testclient"))  # TestClient's client host
    assert post_form(trusted, "/sms", PARAMS, signature, **FORWARDED).status_code == 200
    anyone = TestClient(make_app(forwarded_allow_ips="*"))
    assert post_form(anyone, "/sms", PARAMS, signature, **FORWARDED).status_code == 200
    rfc7239 = {"Forwarded": 'for=203.0.113.9;proto=https;host="hooks.example.com"'}
    assert post_form(anyone, "/sms", PARAMS, signature, **rfc7239).status_code == 200
    # The default port is accepted either way, an explicit other port is kept.
    port_443 = {**FORWARDED, "X-Forwarded-Port": "443"}
    assert post_form(anyone, "/sms", PARAMS, signature, **port_443).status_code == 200
    port_8443 = {**FORWARDED, "X-Forwarded-Port": "8443"}
    assert post_form(anyone, "/sms", PARAMS, signature, **port_8443).status_code == 403
    signed_8443 = sign("https://hooks.example.com:8443/sms", PARAMS)
    assert post_form(anyone, "/sms", PARAMS, signed_8443, **port_8443).status_code == 200


def test_a_hostile_forwarded_host_is_ignored() -> None:
    anyone = TestClient(make_app(forwarded_allow_ips="*"))
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example/path@x"}
    signature = sign("https://testserver/sms", PARAMS)
    assert post_form(anyone, "/sms", PARAMS, signature, **headers).status_code == 200


def test_get_webhook_signs_the_url_only(client: TestClient) -> None:
    url = "http://testserver/raw?CallSid=CA1&From=%2B15558675310"
    response = client.get(
        "/raw?CallSid=CA1&From=%2B15558675310", headers={"X-Twilio-Signature": sign(url)}
    )
    assert response.status_code == 200
    assert response.json()["params"] == [["CallSid", "CA1"], ["From", "+15558675310"]]
    assert (
        client.get("/raw?CallSid=CA2", headers={"X-Twilio-Signature": sign(url)}).status_code == 403
    )


def test_json_body_with_body_sha256(client: TestClient) -> None:
    body = json.dumps({"event": "delivered", "sid": SM})
    path = f"/raw?bodySHA256={body_sha256(body)}"
    url = "http://testserver" + path
    headers = {"Content-Type": "application/json", "X-Twilio-Signature": sign(url)}
    assert OfficialValidator(TOKEN).validate(url, body, headers["X-Twilio-Signature"])
    response = client.post(path, content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["json"] == {"event": "delivered", "sid": SM}
    tampered = client.post(path, content=body.replace("delivered", "failed"), headers=headers)
    assert tampered.status_code == 403


def test_shared_key_signatures() -> None:
    url = "http://testserver/sms"
    settings = {"X-Twilio-Webhooks-Signature-Settings": "key=wk_1,algorithm=HMAC_SHA256"}
    signature = sign(url, PARAMS, token=SHARED, algorithm="HMAC_SHA256")
    with_key = TestClient(make_app(shared_key_secret=SHARED))
    assert post_form(with_key, "/sms", PARAMS, signature, **settings).status_code == 200
    assert post_form(with_key, "/sms", PARAMS, signature).status_code == 403  # not SHA-1
    without_key = TestClient(make_app())
    assert post_form(without_key, "/sms", PARAMS, signature, **settings).status_code == 403


def test_body_size_limit() -> None:
    client = TestClient(make_app(max_body_size=64))
    params = {**PARAMS, "Body": "x" * 100}
    response = post_form(client, "/sms", params, sign("http://testserver/sms", params))
    assert response.status_code == 413


def test_other_content_types_and_bad_utf8_are_refused(client: TestClient) -> None:
    signature = sign("http://testserver/sms", PARAMS)
    response = client.post(
        "/sms",
        content=urlencode(PARAMS),
        headers={"Content-Type": "text/plain", "X-Twilio-Signature": signature},
    )
    assert response.status_code == 403
    response = post_form(client, "/sms", {"Body": b"\xff\xfe"}, signature)
    assert response.status_code == 403


def test_params_that_do_not_fit_the_model_get_422(client: TestClient) -> None:
    params = {**PARAMS, "NumMedia": "lots"}
    response = post_form(client, "/sms", params, sign("http://testserver/sms", params))
    assert response.status_code == 422


def test_token_from_the_environment_at_first_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "from-env-token")
    client = TestClient(make_app(auth_token=None))
    signature = sign("http://testserver/sms", PARAMS, token="from-env-token")
    assert post_form(client, "/sms", PARAMS, signature).status_code == 200


def test_no_token_configured_is_a_server_error(caplog: pytest.LogCaptureFixture) -> None:
    client = TestClient(make_app(auth_token=None, environ={}))
    response = post_form(client, "/sms", PARAMS, sign("http://testserver/sms", PARAMS))
    assert response.status_code == 500
    assert "TWILIO_AUTH_TOKEN" in caplog.text


def test_configuration_errors() -> None:
    with pytest.raises(ValueError, match="absolute"):
        TwilioWebhook(TOKEN, public_base_url="hooks.example.com")
    assert TOKEN not in repr(TwilioWebhook(TOKEN))


def test_twiml_response_refuses_fragments() -> None:
    with pytest.raises(TypeError, match="VoiceResponse or MessagingResponse"):
        TwiMLResponse(Say("Hi"))
    assert TwiMLResponse("<Response/>").body == b"<Response/>"


# -- the lifespan-owned client ----------------------------------------------------------------


def test_lifespan_owns_one_client() -> None:
    seen: list[Client] = []
    made = Client("AC" + "b" * 32, "lifespan-token", environ={})
    inner_ran: list[str] = []

    @asynccontextmanager
    async def inner(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        inner_ran.append("start")
        yield {"other": 1}
        inner_ran.append("stop")

    app = FastAPI(lifespan=twilio_lifespan(lambda: made, lifespan=inner))

    @app.get("/who")
    async def who(twilio: Annotated[Client, Depends(get_twilio_client)], request: Request) -> Any:
        seen.append(twilio)
        return {"sid": twilio.account_sid, "other": request.state.other}

    with TestClient(app) as client:
        assert client.get("/who").json() == {"sid": "AC" + "b" * 32, "other": 1}
        assert client.get("/who").status_code == 200
        assert not made.is_closed
    assert seen == [made, made]
    assert made.is_closed
    assert inner_ran == ["start", "stop"]


def test_lifespan_builds_the_client_from_keywords() -> None:
    app = FastAPI(lifespan=twilio_lifespan(username="AC" + "c" * 32, password="t", environ={}))
    with TestClient(app):
        client = app.state.twilio_client
        assert isinstance(client, Client)
        assert client.account_sid == "AC" + "c" * 32
    assert client.is_closed
    assert app.state.twilio_client is None


def test_get_twilio_client_without_the_lifespan() -> None:
    app = FastAPI()

    @app.get("/who")
    async def who(twilio: Annotated[Client, Depends(get_twilio_client)]) -> Any:
        return {}

    with pytest.raises(RuntimeError, match="twilio_lifespan"):
        TestClient(app).get("/who")
