"""Careless callers: every option is checked before any traffic (issue 14, items 4, 7, 10, 16, 17).

A bad option fails with a typed error naming it and what is expected: ``TwilioConfigError``
for the client, ``TwilioValidationError`` for a per-call ``RequestOptions`` (raised when
the options are built). Where a request could have gone out, a loopback server counts
connections on both backends and must see none. A page link a server sends with control
characters is refused as a ``TwilioError`` and never reaches a log line raw.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import pickle
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pytest

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.loopback import BACKENDS, read_request, respond, serve
from twilio_async import (
    Client,
    RequestOptions,
    TwilioConfigError,
    TwilioError,
    TwilioValidationError,
)
from twilio_async._dialects import get_dialect
from twilio_async._http import Transport
from twilio_async._types import BackendName, PreparedRequest

EMPTY_PAGE = json.dumps({"messages": [], "next_page_uri": None}).encode()


@dataclass
class Counting:
    """A loopback server's URL and the requests it received."""

    url: str
    requests: list[bytes]
    connections: list[None] = field(default_factory=list)


@asynccontextmanager
async def counting_server(body: bytes = EMPTY_PAGE) -> AsyncIterator[Counting]:
    """A loopback server recording every request: 200 ``body`` first, then an empty page.

    (An empty page after the first: a link the SDK should have refused ends the list
    instead of looping over the same page.)
    """
    seen: list[bytes] = []
    opened: list[None] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        opened.append(None)
        try:
            while True:
                seen.append(await read_request(reader))
                answer = body if len(seen) == 1 else EMPTY_PAGE
                writer.write(respond(200, answer, "Content-Type: application/json"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async with serve(handler) as url:
        yield Counting(url, seen, opened)


def _client(url: str, backend: BackendName, **kwargs: Any) -> Client:
    return Client(
        ACCOUNT_SID,
        AUTH_TOKEN,
        base_url=url,
        http_backend=backend,
        max_retries=0,
        environ={},
        **kwargs,
    )


# --- item 4: timeouts ----------------------------------------------------------------------------

BAD_TIMEOUTS: list[Any] = [
    math.nan,
    math.inf,
    -math.inf,
    -1,
    0,
    0.0,
    True,
    False,
    "5",
    10**400,
    httpx.Timeout(math.nan),
    httpx.Timeout(1.0, read=math.nan),
    httpx.Timeout(1.0, connect=-1.0),
    httpx.Timeout(1.0, pool=0.0),
    httpx.Timeout(1.0, write=math.inf),
]


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
def test_client_timeout_refused(value: Any) -> None:
    with pytest.raises(TwilioConfigError, match="timeout") as info:
        Client(ACCOUNT_SID, AUTH_TOKEN, timeout=value, environ={})
    assert "seconds" in str(info.value)


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
def test_request_options_timeout_refused_when_built(value: Any) -> None:
    with pytest.raises(TwilioValidationError, match=r"RequestOptions\.timeout") as info:
        RequestOptions(timeout=value)
    assert isinstance(info.value, TwilioConfigError)  # as before: a per-call config mistake
    assert "seconds" in str(info.value)
    assert pickle.loads(pickle.dumps(info.value)).args == info.value.args


@pytest.mark.parametrize(
    "value", [0.5, 30, httpx.Timeout(None), httpx.Timeout(2.0, read=None)], ids=repr
)
def test_good_timeouts_still_accepted(value: Any) -> None:
    Client(ACCOUNT_SID, AUTH_TOKEN, timeout=value, environ={})
    RequestOptions(timeout=value)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("timeout", math.nan),
        ("timeout", httpx.Timeout(1.0, read=-1.0)),
        ("max_retries", "2"),
        ("max_retries", 2.5),
        ("extra_headers", {"X-A": "a\r\nInjected: 1"}),
    ],
    ids=repr,
)
async def test_options_changed_after_construction_refused_before_traffic(
    backend: BackendName, name: str, value: Any
) -> None:
    """A frozen dataclass can still be changed: the transport checks again, before sending."""
    options = RequestOptions()
    object.__setattr__(options, name, value)
    async with counting_server() as server, _client(server.url, backend) as client:
        with pytest.raises(TwilioValidationError, match=f"RequestOptions.{name}"):
            await client.messages.list(options=options)
    assert server.requests == [] and server.connections == []


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_good_per_call_timeout_still_reaches_the_server(backend: BackendName) -> None:
    async with counting_server() as server, _client(server.url, backend) as client:
        assert await client.messages.list(options=RequestOptions(timeout=30)) == []
    assert len(server.requests) == 1


# --- item 17: max_retries and extra_headers in RequestOptions -----------------------------------


@pytest.mark.parametrize("value", ["2", 2.5, -1, True, None.__class__], ids=repr)
def test_request_options_max_retries_refused_when_built(value: Any) -> None:
    with pytest.raises(TwilioValidationError, match=r"RequestOptions\.max_retries.*non-negative"):
        RequestOptions(max_retries=value)


SECRET = "s3cr3t-value"
BAD_HEADERS: list[Any] = [
    {"X-A": f"{SECRET}\r\nInjected: 1"},
    {"X-A": f"{SECRET}\n"},
    {"X-A": f"{SECRET}\x00"},
    {"X-A": f"{SECRET}\x1b[2J"},
    {"X-A": f"{SECRET}é"},
    {"X-A\r\nInjected": "v"},
    {"X A": "v"},
    {"X-Ä": "v"},
    {"": "v"},
    {"X:A": "v"},
    {"X-A": 1},
    {1: "v"},
    {"Host": "evil.example"},
    {"Content-Length": "0"},
    {"transfer-encoding": "chunked"},
    "X-A: v",
    [("X-A", "v")],
]


@pytest.mark.parametrize("headers", BAD_HEADERS, ids=repr)
def test_request_options_extra_headers_refused_when_built(headers: Any) -> None:
    with pytest.raises(TwilioValidationError, match=r"RequestOptions\.extra_headers") as info:
        RequestOptions(extra_headers=headers)
    assert SECRET not in str(info.value)  # header values are never echoed


def test_extra_headers_are_copied_and_not_shown_in_repr() -> None:
    given = {"X-Api-Token": SECRET}
    options = RequestOptions(extra_headers=given)
    given["X-Api-Token"] = "changed\r\n"
    assert options.extra_headers == {"X-Api-Token": SECRET}
    assert SECRET not in repr(options)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_good_extra_headers_are_sent(backend: BackendName) -> None:
    options = RequestOptions(extra_headers={"X-Trace": "a\tb c!~"}, max_retries=0)
    async with counting_server() as server, _client(server.url, backend) as client:
        await client.messages.list(options=options)
    assert b"\r\nx-trace: a\tb c!~\r\n" in server.requests[0].lower()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "headers", [{"X-A": "a\r\nInjected: 1"}, {"X-A\n": "v"}, {"X-A": "é"}], ids=repr
)
async def test_header_parameters_refused_before_traffic(
    backend: BackendName, headers: dict[str, str]
) -> None:
    """Header-located operation parameters come from the caller too."""
    async with counting_server() as server:
        transport = Transport(
            username=ACCOUNT_SID,
            password=AUTH_TOKEN,
            base_url=server.url,
            http_backend=backend,
            max_retries=0,
        )
        request = PreparedRequest(
            "GET", f"{transport.domain_base('api')}/x.json", [], None, None, headers, None
        )
        try:
            with pytest.raises(TwilioValidationError, match="header"):
                await transport.send(request, get_dialect("json-2010"))
        finally:
            await transport.aclose()
    assert server.requests == [] and server.connections == []


# --- item 16: user_agent_extensions -------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        ["my-app/1.0\r\nInjected: 1"],
        ["my-app/1.0\n"],
        ["\x00"],
        ["my-app/é"],
        [" lead"],
        [""],
        [1],
        "my-app/1.0",  # a str, which " ".join would spell out letter by letter
        {"my-app": "1.0"},
    ],
    ids=repr,
)
def test_user_agent_extensions_refused(value: Any) -> None:
    with pytest.raises(TwilioConfigError, match="user_agent_extensions"):
        Client(ACCOUNT_SID, AUTH_TOKEN, user_agent_extensions=value, environ={})


@pytest.mark.parametrize("backend", BACKENDS)
async def test_good_user_agent_extensions_are_sent(backend: BackendName) -> None:
    async with (
        counting_server() as server,
        _client(server.url, backend, user_agent_extensions=["my-app/1.0 (x; y)", "b/2"]) as c,
    ):
        await c.messages.list()
    assert b" my-app/1.0 (x; y) b/2\r\n" in server.requests[0]


# --- item 7: region and edge ---------------------------------------------------------------------

BAD_LABELS = [
    "evil.example#",
    "evil.example/",
    "evil.example?",
    "evil.example",
    "x@127.0.0.1:8443#",
    "au1\n",
    "au1 ",
    "-au1",
    "au1-",
    "a" * 64,
    "\uff41u1",  # a full-width letter
    "au_1",
]


@pytest.mark.parametrize("option", ["region", "edge"])
@pytest.mark.parametrize("value", BAD_LABELS, ids=repr)
def test_region_and_edge_refused(option: str, value: str) -> None:
    env = "TWILIO_REGION" if option == "region" else "TWILIO_EDGE"
    with pytest.raises(TwilioConfigError, match=f"{option} must be one DNS label") as info:
        kwargs: dict[str, Any] = {option: value}
        Client(ACCOUNT_SID, AUTH_TOKEN, environ={}, **kwargs)
    assert env in str(info.value)


@pytest.mark.parametrize("env", ["TWILIO_REGION", "TWILIO_EDGE"])
@pytest.mark.parametrize("value", BAD_LABELS, ids=repr)
def test_region_and_edge_from_the_environment_refused(env: str, value: str) -> None:
    environ = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, env: value}
    with pytest.raises(TwilioConfigError, match=env):
        Client(environ=environ)


@pytest.mark.parametrize("value", [1, b"au1", ["au1"]], ids=repr)
def test_region_of_the_wrong_type_refused(value: Any) -> None:
    with pytest.raises(TwilioConfigError, match="region"):
        Client(ACCOUNT_SID, AUTH_TOKEN, region=value, environ={})


def test_region_and_edge_are_normalised_to_lower_case() -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN, region="AU1", edge="Sydney", environ={})
    assert (client.region, client.edge) == ("au1", "sydney")
    assert client.api.v2010.base_url == "https://api.sydney.au1.twilio.com"


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_region_aimed_at_loopback_sends_nothing(backend: BackendName) -> None:
    """``region="x@127.0.0.1:P#"`` once delivered the Basic credentials to that host."""
    async with counting_server() as server:
        port = server.url.rsplit(":", 1)[1]
        for option in ("region", "edge"):
            with pytest.raises(TwilioConfigError):
                kwargs: dict[str, Any] = {option: f"x@127.0.0.1:{port}#"}
                Client(ACCOUNT_SID, AUTH_TOKEN, http_backend=backend, environ={}, **kwargs)
    assert server.requests == [] and server.connections == []


@pytest.mark.parametrize("domain", ["evil.example#", "api/..", "x@y", "API", ""])
def test_every_built_domain_base_parses_back_to_its_host(domain: str) -> None:
    transport = Transport(username=ACCOUNT_SID, password=AUTH_TOKEN, region="au1")
    with pytest.raises(TwilioConfigError):
        transport.domain_base(domain)
    assert transport.domain_base("flex-api") == "https://flex-api.au1.twilio.com"


# --- item 10: base_url ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url",
    [
        f"http://{ACCOUNT_SID}:{AUTH_TOKEN}@127.0.0.1:8787",
        f"http://{AUTH_TOKEN}@127.0.0.1:8787",
        f"https://{ACCOUNT_SID}:{AUTH_TOKEN}@api.example.com",
        f"http://evil.example\\{AUTH_TOKEN}@127.0.0.1:8787",
        f"ftp://{ACCOUNT_SID}:{AUTH_TOKEN}@127.0.0.1",
    ],
)
def test_base_url_with_credentials_refused_without_echoing_them(base_url: str) -> None:
    with pytest.raises(TwilioConfigError, match="must not contain credentials") as info:
        Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, environ={})
    error = info.value
    for text in (str(error), repr(error), repr(error.args), repr(error.__dict__)):
        assert AUTH_TOKEN not in text
        assert f"{ACCOUNT_SID}:" not in text
    assert error.__cause__ is None


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8787\t",
        "http://127.0.0.1:8787\n",
        "http://127.0.0.1:8787/a\r\nb",
        "http://127.0.0.1:8787/a b",
        "http://127.0.0.1:8787/\x00",
        "http://127.0.0.1:8787/\x7f",
        "\thttp://127.0.0.1:8787",
        "http://127.0.0.1\\evil.example",
        "http://127.0.0.1:8787?x=1",
        "http://127.0.0.1:8787/?",
        "http://127.0.0.1:8787#frag",
        "http://127.0.0.1:notaport",
        "http://127.0.0.1:99999",
        "http://[::1",
    ],
    ids=repr,
)
def test_malformed_base_url_refused(base_url: str) -> None:
    with pytest.raises(TwilioConfigError, match="base_url"):
        Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, environ={})


@pytest.mark.parametrize("value", [b"http://127.0.0.1:8787", 8787], ids=repr)
def test_base_url_of_the_wrong_type_refused(value: Any) -> None:
    with pytest.raises(TwilioConfigError, match="base_url must be a str"):
        Client(ACCOUNT_SID, AUTH_TOKEN, base_url=value, environ={})


# --- the class: other options --------------------------------------------------------------------


@pytest.mark.parametrize("option", ["allow_insecure_http", "method_override", "log_bodies"])
@pytest.mark.parametrize("value", ["no", "false", 0, 1, None.__class__], ids=repr)
def test_flags_must_be_bool(option: str, value: Any) -> None:
    with pytest.raises(TwilioConfigError, match=f"{option} must be True or False"):
        Client(ACCOUNT_SID, AUTH_TOKEN, environ={}, **{option: value})


def test_a_truthy_string_does_not_allow_plain_http() -> None:
    with pytest.raises(TwilioConfigError, match="allow_insecure_http"):
        Client(
            ACCOUNT_SID,
            AUTH_TOKEN,
            base_url="http://10.0.0.5:8787",
            allow_insecure_http="no",  # type: ignore[arg-type]
            environ={},
        )


@pytest.mark.parametrize(
    ("username", "password", "account_sid"),
    [
        (f"{ACCOUNT_SID}\n", AUTH_TOKEN, None),
        ("SK" + "0" * 32, AUTH_TOKEN, f"{ACCOUNT_SID}\n"),
        ("SK" + "0" * 32, AUTH_TOKEN, 12),
        (12, AUTH_TOKEN, None),
        (ACCOUNT_SID, 12, None),
    ],
    ids=repr,
)
def test_credentials_of_the_wrong_shape_refused(
    username: Any, password: Any, account_sid: Any
) -> None:
    with pytest.raises(TwilioConfigError) as info:
        Client(username, password, account_sid, environ={})
    assert AUTH_TOKEN not in str(info.value)


# --- item 16: page links from a server -----------------------------------------------------------

BAD_LINKS = [
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1\r\nX-Injected: 1",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1\n2026-01-01 INFO forged line",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1\x1b[2J",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1&a b",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1\t",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1\x00",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=1\u2028x",
    "/2010-04-01/Accounts/{sid}/Messages.json?Page=\u00b2",
    "/2010-04-01/Accounts/{sid}\\Messages.json",
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("link", BAD_LINKS, ids=repr)
async def test_a_page_link_with_control_characters_is_refused(
    backend: BackendName, link: str, caplog: pytest.LogCaptureFixture
) -> None:
    link = link.format(sid=ACCOUNT_SID)
    first = {
        "messages": [{"sid": "SM" + "0" * 32}],
        "next_page_uri": link,
    }
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    async with (
        counting_server(json.dumps(first).encode()) as server,
        _client(server.url, backend) as client,
    ):
        seen: list[Any] = []
        refused = pytest.raises(TwilioError, match="refusing to follow a page link")
        with anyio.fail_after(60), refused as info:
            async for message in client.messages.stream():
                seen.append(message)
    assert len(seen) == 1
    assert len(server.requests) == 1  # the first page only: the link was never followed
    assert not isinstance(info.value, (httpx.InvalidURL, UnicodeError))
    assert not info.value.may_have_been_processed
    for text in [str(info.value), *(r.getMessage() for r in caplog.records)]:
        assert not any(ord(c) < 0x20 or ord(c) >= 0x7F for c in text), text


def test_follow_still_rehomes_good_links() -> None:
    dialect = get_dialect("json-v1")
    base = "https://flex-api.au1.twilio.com"
    link = "https://flex-api.twilio.com/v1/Plugins?PageSize=50&Page=1&PageToken=PA%20b"
    assert dialect.follow(link, base) == f"{base}/v1/Plugins?PageSize=50&Page=1&PageToken=PA%20b"
    assert dialect.follow("/v1/Plugins?Page=2", base) == f"{base}/v1/Plugins?Page=2"
