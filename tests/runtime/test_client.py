"""Client construction: credentials, URLs, lifecycle, headers and per-call options."""

from __future__ import annotations

import platform
import re
from typing import Any

import httpx
import pytest
import respx

import twilio_async
from tests.support.credentials import (
    ACCOUNT_SID,
    API_KEY,
    API_SECRET,
    AUTH_TOKEN,
    OTHER_ACCOUNT,
    basic,
)
from tests.support.rest import ACCOUNT_URL, FLEX, assert_no_secret, message, raises
from twilio_async import (
    Client,
    RequestOptions,
    TwilioClientClosedError,
    TwilioConfigError,
    TwilioError,
)


def _auth(request: httpx.Request) -> str:
    return request.headers["Authorization"]


# --- credentials ---------------------------------------------------------------------------------

CREDENTIALS: list[tuple[str, dict[str, Any], str, str]] = [
    ("sid + token", {"username": ACCOUNT_SID, "password": AUTH_TOKEN}, ACCOUNT_SID, AUTH_TOKEN),
    (
        "api key + account_sid",
        {"username": API_KEY, "password": API_SECRET, "account_sid": ACCOUNT_SID},
        API_KEY,
        API_SECRET,
    ),
    (
        "api key, account sid from env",
        {
            "username": API_KEY,
            "password": API_SECRET,
            "environ": {"TWILIO_ACCOUNT_SID": ACCOUNT_SID},
        },
        API_KEY,
        API_SECRET,
    ),
    (
        "env sid + token",
        {"environ": {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN}},
        ACCOUNT_SID,
        AUTH_TOKEN,
    ),
    (
        "env api key",
        {
            "environ": {
                "TWILIO_API_KEY": API_KEY,
                "TWILIO_API_SECRET": API_SECRET,
                "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            }
        },
        API_KEY,
        API_SECRET,
    ),
    (
        "env api key wins over env token",
        {
            "environ": {
                "TWILIO_API_KEY": API_KEY,
                "TWILIO_API_SECRET": API_SECRET,
                "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
                "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            }
        },
        API_KEY,
        API_SECRET,
    ),
    (
        "explicit beats env",
        {
            "username": ACCOUNT_SID,
            "password": AUTH_TOKEN,
            "environ": {"TWILIO_ACCOUNT_SID": OTHER_ACCOUNT, "TWILIO_AUTH_TOKEN": "other"},
        },
        ACCOUNT_SID,
        AUTH_TOKEN,
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "user", "password"),
    [c[1:] for c in CREDENTIALS],
    ids=[c[0] for c in CREDENTIALS],
)
async def test_basic_auth_and_account_urls(
    mock: respx.MockRouter, kwargs: dict[str, Any], user: str, password: str
) -> None:
    kwargs.setdefault("environ", {})
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    async with Client(**kwargs) as client:
        assert client.account_sid == ACCOUNT_SID
        await client.messages.list()
        for text in (repr(client), str(client), repr(client._transport)):
            assert_no_secret(text)
            assert ACCOUNT_SID in repr(client)
    assert _auth(route.calls.last.request) == f"Basic {basic(user, password)}"


async def test_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", OTHER_ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.delenv("TWILIO_API_KEY", raising=False)
    monkeypatch.delenv("TWILIO_API_SECRET", raising=False)
    async with Client() as client:
        assert client.account_sid == OTHER_ACCOUNT


BAD_CREDENTIALS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("nothing", {}, ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"]),
    ("sid only", {"username": ACCOUNT_SID}, ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"]),
    ("token only", {"password": AUTH_TOKEN}, ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"]),
    (
        "env sid only",
        {"environ": {"TWILIO_ACCOUNT_SID": ACCOUNT_SID}},
        ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"],
    ),
    ("empty strings", {"username": "", "password": ""}, ["TWILIO_AUTH_TOKEN"]),
    ("api key without account", {"username": API_KEY, "password": API_SECRET}, ["account_sid"]),
    (
        "env api key without account",
        {"environ": {"TWILIO_API_KEY": API_KEY, "TWILIO_API_SECRET": API_SECRET}},
        ["TWILIO_ACCOUNT_SID"],
    ),
    ("malformed sid", {"username": "AC123", "password": AUTH_TOKEN}, ["account_sid"]),
    (
        "malformed account_sid",
        {"username": API_KEY, "password": API_SECRET, "account_sid": "ACnothex" + "z" * 26},
        ["account_sid"],
    ),
    (
        "account_sid that is a key",
        {"username": API_KEY, "password": API_SECRET, "account_sid": API_KEY},
        ["account_sid"],
    ),
    (
        "malformed env sid",
        {"environ": {"TWILIO_ACCOUNT_SID": "nope", "TWILIO_AUTH_TOKEN": AUTH_TOKEN}},
        ["account_sid"],
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "named"), [c[1:] for c in BAD_CREDENTIALS], ids=[c[0] for c in BAD_CREDENTIALS]
)
def test_bad_credentials(kwargs: dict[str, Any], named: list[str]) -> None:
    kwargs.setdefault("environ", {})
    with raises(TwilioConfigError) as info:
        Client(**kwargs)
    assert isinstance(info.value, TwilioError)
    for name in named:
        assert name in str(info.value)


def test_swapped_credentials_do_not_echo_the_token() -> None:
    with raises(TwilioConfigError):
        Client(AUTH_TOKEN, ACCOUNT_SID, environ={})


# --- URLs ----------------------------------------------------------------------------------------

URLS = [
    ({}, "https://api.twilio.com", "https://flex-api.twilio.com"),
    ({"region": "au1", "edge": "sydney"}, "https://api.sydney.au1.twilio.com", None),
    (
        {"edge": "dublin"},
        "https://api.dublin.us1.twilio.com",
        "https://flex-api.dublin.us1.twilio.com",
    ),
    ({"region": "au1"}, "https://api.au1.twilio.com", "https://flex-api.au1.twilio.com"),
    (
        {"environ_region": "ie1", "environ_edge": "dublin"},
        "https://api.dublin.ie1.twilio.com",
        None,
    ),
    (
        {"base_url": "http://127.0.0.1:8787"},
        "http://127.0.0.1:8787/api",
        "http://127.0.0.1:8787/flex-api",
    ),
    ({"base_url": "http://localhost:8787/"}, "http://localhost:8787/api", None),
    ({"base_url": "http://[::1]:8787"}, "http://[::1]:8787/api", None),
    (
        {"base_url": "https://twilio.internal.example/emu"},
        "https://twilio.internal.example/emu/api",
        None,
    ),
    (
        {"base_url": "http://10.0.0.5:8787", "allow_insecure_http": True},
        "http://10.0.0.5:8787/api",
        None,
    ),
]


@pytest.mark.parametrize(("kwargs", "api", "flex"), URLS)
async def test_domain_urls(
    mock: respx.MockRouter, kwargs: dict[str, Any], api: str, flex: str | None
) -> None:
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
    if "environ_region" in kwargs:
        environ["TWILIO_REGION"] = kwargs.pop("environ_region")
        environ["TWILIO_EDGE"] = kwargs.pop("environ_edge")
    messages = mock.get(f"{api}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json").respond(
        200, json={"messages": []}
    )
    async with Client(environ=environ, **kwargs) as client:
        await client.messages.list()
        assert messages.called
        if flex is not None:
            config = mock.get(f"{flex}/v1/Configuration").respond(200, json={"account_sid": "x"})
            await client.flex_api.v1.configuration().fetch()
            assert config.called


@pytest.mark.parametrize(
    "base_url",
    [
        "http://emulator.example.com:8787",
        "http://10.0.0.5",
        "http://127.0.0.1.evil.example",
        "http://localhost.evil.example",
        "ftp://127.0.0.1",
        "127.0.0.1:8787",
        "https://",
    ],
)
def test_insecure_or_malformed_base_url_refused(base_url: str) -> None:
    with raises(TwilioConfigError):
        Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, environ={})


@pytest.mark.parametrize("value", [-1, 1.5, "2", True])
def test_bad_max_retries(value: Any) -> None:
    with raises(TwilioConfigError):
        Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=value, environ={})


@pytest.mark.parametrize("value", [0, -1, "5", True])
def test_bad_timeout(value: Any) -> None:
    with raises(TwilioConfigError):
        Client(ACCOUNT_SID, AUTH_TOKEN, timeout=value, environ={})


# --- lifecycle -----------------------------------------------------------------------------------


async def test_injected_http_client_is_used_and_not_closed(mock: respx.MockRouter) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [hook]})
    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http, environ={})
    async with client:
        await client.messages.list()
    assert len(seen) == 1
    assert route.called
    assert client.is_closed
    assert not http.is_closed
    await http.aclose()


async def test_own_backend_closed_by_async_with(mock: respx.MockRouter) -> None:
    mock.get(url__regex=r".*/Balance\.json$").respond(200, json={"balance": "1.00"})
    closed: list[bool] = []
    async with Client(ACCOUNT_SID, AUTH_TOKEN, environ={}) as client:
        assert not client.is_closed
        assert client._transport._backend is None  # opened lazily, on the first request
        await client.balance.fetch()
        backend = client._transport._backend
        assert backend is not None
        original = backend.aclose

        async def spy() -> None:
            closed.append(True)
            await original()

        backend.aclose = spy
    assert client.is_closed
    assert closed == [True]
    await client.aclose()  # idempotent
    assert closed == [True]


async def test_closed_client_refuses_requests(mock: respx.MockRouter) -> None:
    catch_all = mock.route().respond(200, json={"messages": []})
    client = Client(ACCOUNT_SID, AUTH_TOKEN, environ={})
    await client.aclose()
    with raises(TwilioClientClosedError):
        await client.messages.list()
    with raises(TwilioClientClosedError):
        await client.flex_api.v1.configuration().fetch()
    assert not catch_all.called


# --- headers and options -------------------------------------------------------------------------


async def test_default_headers(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    await client.messages.list()
    request = route.calls.last.request
    agent = request.headers["User-Agent"]
    pattern = r"twilio-async/(\S+) \((.+) (.+)\) Python/(\S+)"
    found = re.fullmatch(pattern, agent)
    assert found is not None, agent
    assert found.group(1) == twilio_async.__version__
    assert found.group(2) == platform.system()
    assert found.group(3) == platform.machine()
    assert found.group(4) == platform.python_version()
    assert request.headers["Accept"] == "application/json"
    assert "Content-Type" not in request.headers


async def test_user_agent_extensions(mock: respx.MockRouter) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    async with Client(
        ACCOUNT_SID, AUTH_TOKEN, user_agent_extensions=["my-app/1.0"], environ={}
    ) as client:
        await client.messages.list()
    assert route.calls.last.request.headers["User-Agent"].endswith(" my-app/1.0")


async def test_request_options_headers_and_timeout(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json=message())
    await client.messages.create(
        to="+1555",
        options=RequestOptions(extra_headers={"X-Request-Id": "r-1"}, timeout=3.5),
    )
    request = route.calls.last.request
    assert request.headers["X-Request-Id"] == "r-1"
    assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}

    await client.messages.create(to="+1555")
    request = route.calls.last.request
    assert "X-Request-Id" not in request.headers
    assert request.extensions["timeout"] == {
        "connect": 10.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 10.0,
    }


async def test_request_options_httpx_timeout(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(f"{FLEX}/Configuration").respond(200, json={})
    await client.flex_api.v1.configuration().fetch(
        options=RequestOptions(timeout=httpx.Timeout(1.0, read=9.0))
    )
    assert route.calls.last.request.extensions["timeout"]["read"] == 9.0


async def test_client_timeout(mock: respx.MockRouter) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    async with Client(ACCOUNT_SID, AUTH_TOKEN, timeout=2, environ={}) as client:
        await client.messages.list()
    assert route.calls.last.request.extensions["timeout"]["read"] == 2.0


async def test_bad_per_call_timeout_refused_before_network(
    client: Client, mock: respx.MockRouter
) -> None:
    catch_all = mock.route().respond(200, json={"messages": []})
    with raises(TwilioConfigError):
        await client.messages.list(options=RequestOptions(timeout=-1))
    assert not catch_all.called
