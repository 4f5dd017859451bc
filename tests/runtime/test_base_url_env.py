"""``TWILIO_ASYNC_BASE_URL``: a plain ``Client()`` pointed at a local server, loopback only."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.rest import message
from twilio_async import Client, TwilioConfigError

ENV = "TWILIO_ASYNC_BASE_URL"
ALLOW = "TWILIO_ASYNC_BASE_URL_ALLOW_REMOTE"


def _client(**environ: str) -> Client:
    return Client(ACCOUNT_SID, AUTH_TOKEN, environ=environ)


@pytest.mark.parametrize(
    ("value", "base"),
    [
        ("http://127.0.0.1:8787", "http://127.0.0.1:8787"),
        ("http://127.9.8.7:1/", "http://127.9.8.7:1"),
        ("http://[::1]:8787", "http://[::1]:8787"),
        ("http://localhost:8787", "http://localhost:8787"),
        ("  https://localhost  ", "https://localhost"),
    ],
)
def test_a_loopback_url_is_used(value: str, base: str) -> None:
    client = _client(**{ENV: value})
    assert client._transport.domain_base("api") == f"{base}/api"


def test_unset_or_empty_means_twilio() -> None:
    assert _client()._transport.domain_base("api") == "https://api.twilio.com"
    assert _client(**{ENV: ""})._transport.domain_base("api") == "https://api.twilio.com"


def test_an_explicit_base_url_wins() -> None:
    client = Client(
        ACCOUNT_SID,
        AUTH_TOKEN,
        base_url="http://127.0.0.2:9",
        environ={ENV: "https://twilio.example.com"},  # not even checked
    )
    assert client._transport.domain_base("api") == "http://127.0.0.2:9/api"


@pytest.mark.parametrize(
    "value", ["https://api.twilio.example", "http://10.0.0.1:8787", "https://128.0.0.1"]
)
def test_a_remote_host_is_refused_without_the_allow(value: str) -> None:
    with pytest.raises(TwilioConfigError, match=f"{ENV} points at .*not a loopback host.*{ALLOW}"):
        _client(**{ENV: value})


def test_a_remote_host_is_used_when_allowed() -> None:
    client = _client(**{ENV: "https://twilio.example.com", ALLOW: "1"})
    assert client._transport.domain_base("api") == "https://twilio.example.com/api"
    # Allowed remote still means https: credentials never go over plain http off-host.
    with pytest.raises(TwilioConfigError, match=f"{ENV} points at .* over plain http"):
        _client(**{ENV: "http://twilio.example.com", ALLOW: "1"})
    with pytest.raises(TwilioConfigError, match="not a loopback host"):
        _client(**{ENV: "https://twilio.example.com", ALLOW: "no"})


@pytest.mark.parametrize(
    "value",
    ["not a url", "127.0.0.1:8787", "ftp://127.0.0.1", "http://", "http://127.0.0.1:x", "/api"],
)
def test_a_bad_value_names_the_variable(value: str) -> None:
    with pytest.raises(TwilioConfigError, match=f"^{ENV} is not usable"):
        _client(**{ENV: value})


def test_credentials_in_the_url_are_refused_and_never_echoed() -> None:
    with pytest.raises(TwilioConfigError, match=f"^{ENV} is not usable") as caught:
        _client(**{ENV: "http://AC1:supersecret@127.0.0.1:8787"})
    assert "supersecret" not in str(caught.value)


def test_the_process_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv(ENV, "http://127.0.0.1:8787")
    assert Client()._transport.domain_base("api") == "http://127.0.0.1:8787/api"


async def test_requests_go_to_the_url(mock: respx.MockRouter) -> None:
    url = f"http://127.0.0.1:8787/api/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    route = mock.post(url).mock(return_value=httpx.Response(201, json=message(0)))
    async with _client(**{ENV: "http://127.0.0.1:8787"}) as client:
        await client.messages.create(to="+15558675310", from_="+15017122661", body="hi")
    assert route.call_count == 1
