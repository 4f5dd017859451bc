"""Bad input is refused before any network traffic, with an error that says what was wrong.

One emulator serves the whole module over loopback with the production HTTP
backend; every case asserts the error names the parameter (or what was expected)
and that the emulator received nothing (``emu.stats.requests`` unchanged).

The unit tables shared with tests/runtime (tests/support/bad_input.py: unsafe
path values, SID shapes and wrong types per kind; test_client.py: credentials) are
reused here end to end rather than copied; the rows below add what they do not
cover: every forbidden path character on both kinds of key, required parameters,
paging arguments, credentials and base URLs, and TLS verification on a real
handshake.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest
import pytest_asyncio
import trustme

from tests.support.bad_input import NOT_A_MESSAGE_SID, UNSAFE, WRONG_TYPES
from tests.support.credentials import ACCOUNT_SID
from tests.support.loopback import read_request, respond
from tests.support.numbers import FROM, TO
from twilio_async import (
    Client,
    TwilioConfigError,
    TwilioConnectionError,
    TwilioError,
    TwilioValidationError,
)
from twilio_async._backends import AiohttpBackend, TransportBackend, open_backend
from twilio_async._backends._aiohttp import AiohttpTransport
from twilio_async._types import BackendName
from twilio_async.emulator import Emulator

pytestmark = [pytest.mark.real_backend, pytest.mark.asyncio(loop_scope="module")]

Call = Callable[[Client], Awaitable[Any]]


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(status_interval=None) as e:
        yield e


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def live(emu: Emulator) -> AsyncIterator[Client]:
    """The SDK over loopback with its default backend (aiohttp on asyncio)."""
    async with emu.client(max_retries=0) as client:
        await client.balance.fetch()  # the pool is open: a refused call could have gone out
        yield client


@pytest.fixture
def untouched(emu: Emulator) -> Iterator[None]:
    """The emulator must not see a single request while the test runs."""
    before = emu.stats.requests
    yield
    assert emu.stats.requests == before, "a request reached the emulator"


async def _refused(client: Client, call: Call, *fragments: str) -> TwilioValidationError:
    with anyio.fail_after(30), pytest.raises(TwilioValidationError) as info:
        await call(client)
    for fragment in fragments:
        assert fragment in str(info.value), f"{fragment!r} not in {str(info.value)!r}"
    return info.value


# --- path values ---------------------------------------------------------------------------------

#: Every character class the issue names, inside an otherwise plausible value.
FORBIDDEN = {
    "slash": "ab/cd",
    "dot-dot": "..",
    "dot-dot segment": "../etc",
    "question mark": "ab?x=1",
    "hash": "ab#frag",
    "percent": "ab%2F",
    "NUL": "ab\x00cd",
    "newline": "ab\ncd",
    "CRLF header injection": "ab\r\nHost: evil.example",
    "tab": "ab\tcd",
    "space": "ab cd",
    "DEL": "ab\x7f",
    "no-break space": "ab\u00a0cd",
    "line separator": "ab\u2028cd",
    "backslash": "ab\\cd",
    "empty": "",
}


@pytest.mark.parametrize("value", FORBIDDEN.values(), ids=FORBIDDEN.keys())
@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("Sid", lambda v: lambda c: c.messages(v).fetch()),
        ("CountryCode", lambda v: lambda c: c.available_phone_numbers(v).fetch()),
        ("Sid", lambda v: lambda c: c.flex_api.v1.plugins(v).fetch()),
    ],
    ids=["message SID", "country code", "flex plugin"],
)
async def test_forbidden_path_characters(
    live: Client, untouched: None, name: str, call: Callable[[str], Call], value: str
) -> None:
    error = await _refused(live, call(value), name, "not a valid path value")
    assert value == "" or repr(value)[1:-1][:20] in str(error)  # shown escaped, never raw
    assert "\r" not in str(error) and "\n" not in str(error)


@pytest.mark.parametrize("value", NOT_A_MESSAGE_SID, ids=repr)
async def test_sid_pattern_from_the_spec(live: Client, untouched: None, value: str) -> None:
    error = await _refused(live, lambda c: c.messages(value).delete(), "Sid")
    assert "(SM|MM)[0-9a-fA-F]{32}" in str(error) or "not a valid path value" in str(error)


@pytest.mark.parametrize("value", UNSAFE, ids=repr)
async def test_unsafe_values_of_the_unit_table_end_to_end(
    live: Client, untouched: None, value: Any
) -> None:
    await _refused(live, lambda c: c.messages(value).update(body=""), "Sid")


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda c: c.api.v2010.accounts("AC/../x").messages.list(), "Sid"),
        (lambda c: c.api.v2010.accounts("SM" + "a" * 32).fetch(), "AC"),
        (lambda c: c.conferences("../CF").participants.list(), "Sid"),
        (lambda c: c.calls("CA" + "a" * 32).recordings("a?b").fetch(), "Sid"),
    ],
    ids=["account in a parent", "account prefix", "conference", "nested recording"],
)
async def test_parent_keys(live: Client, untouched: None, build: Call, fragment: str) -> None:
    await _refused(live, build, fragment)


# --- parameters ----------------------------------------------------------------------------------

#: Omitted entirely: Python itself refuses the call (the signature makes them keyword-only and
#: required), naming the argument. So does mypy: the ``type: ignore`` comments in the tables
#: below mark calls that are wrong on purpose.
MISSING: list[tuple[str, Call, str]] = [
    ("message without to", lambda c: c.messages.create(from_=FROM, body="x"), "'to'"),  # type: ignore[call-arg]
    ("call without from", lambda c: c.calls.create(to=TO, url="https://x.example"), "'from_'"),  # type: ignore[call-arg]
    (
        "address without city",
        lambda c: c.addresses.create(  # type: ignore[call-arg]
            customer_name="n", street="s", region="r", postal_code="p", iso_country="US"
        ),
        "'city'",
    ),
    (
        "participant without to",
        lambda c: c.conferences("CF" + "a" * 32).participants.create(from_=FROM),  # type: ignore[call-arg]
        "'to'",
    ),
]


@pytest.mark.parametrize(("call", "param"), [m[1:] for m in MISSING], ids=[m[0] for m in MISSING])
async def test_missing_required_parameters(
    live: Client, untouched: None, call: Call, param: str
) -> None:
    with pytest.raises(TypeError, match=f"required keyword-only argument: {param}"):
        await call(live)


#: Given as None (or NOT_GIVEN passed through): the runtime refuses it, naming the operation.
NONE_REQUIRED: list[tuple[str, Call, str, str]] = [
    ("message to=None", lambda c: c.messages.create(to=None, body="x"), "messages.create", "'to'"),  # type: ignore[arg-type]
    (
        "call from_=None",
        lambda c: c.calls.create(to=TO, from_=None, url="https://x.example"),  # type: ignore[arg-type]
        "calls.create",
        "'from_'",
    ),
]


@pytest.mark.parametrize(
    ("call", "op", "param"), [m[1:] for m in NONE_REQUIRED], ids=[m[0] for m in NONE_REQUIRED]
)
async def test_required_parameters_given_as_none(
    live: Client, untouched: None, call: Call, op: str, param: str
) -> None:
    await _refused(live, call, op, param, "is required")


@pytest.mark.parametrize(
    ("call", "op", "param"),
    [case[1:] for case in WRONG_TYPES],
    ids=[case[0] for case in WRONG_TYPES],
)
async def test_wrong_types_of_the_unit_table_end_to_end(
    live: Client, untouched: None, call: Call, op: str, param: str
) -> None:
    await _refused(live, call, op, param)


PAGING: list[tuple[str, Call, str]] = [
    ("negative limit", lambda c: c.messages.list(limit=-1), "limit"),
    ("limit as text", lambda c: c.messages.list(limit="10"), "limit"),  # type: ignore[arg-type]
    ("page_size zero", lambda c: c.messages.list(page_size=0), "page_size"),
    ("page_size too big", lambda c: c.messages.page(page_size=1001), "1000"),
    ("page_size bool", lambda c: c.messages.list(page_size=True), "page_size"),
]


@pytest.mark.parametrize(("call", "fragment"), [p[1:] for p in PAGING], ids=[p[0] for p in PAGING])
async def test_paging_arguments(live: Client, untouched: None, call: Call, fragment: str) -> None:
    await _refused(live, call, fragment)


async def test_stream_refuses_before_the_first_page(live: Client, untouched: None) -> None:
    with pytest.raises(TwilioValidationError, match="page_size"):
        async for _ in live.messages.stream(page_size=5000):
            pass


# --- credentials and where they may be sent ------------------------------------------------------

CREDENTIALS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("nothing at all", {}, ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY"]),
    ("token only", {"environ": {"TWILIO_AUTH_TOKEN": "t" * 32}}, ["TWILIO_ACCOUNT_SID"]),
    (
        "API key without its account",
        {"username": "SK" + "b" * 32, "password": "s"},
        ["account_sid"],
    ),
    ("malformed account SID", {"username": "AC123", "password": "t"}, ["32 hex digits"]),
]


@pytest.mark.parametrize(
    ("kwargs", "named"), [c[1:] for c in CREDENTIALS], ids=[c[0] for c in CREDENTIALS]
)
async def test_missing_or_bad_credentials_name_what_to_set(
    kwargs: dict[str, Any], named: list[str]
) -> None:
    kwargs = {"environ": {}, **kwargs}
    with pytest.raises(TwilioConfigError) as info:
        Client(kwargs.pop("username", None), kwargs.pop("password", None), **kwargs)
    for name in named:
        assert name in str(info.value)
    assert "t" * 32 not in str(info.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.example.com",
        "http://10.0.0.5:8787",
        "http://0.0.0.0:8787",
        "http://127.0.0.1.evil.example",  # looks loopback, is a DNS name
        "http://localhost.evil.example",
        "http://[::ffff:8.8.8.8]",
    ],
)
async def test_credentials_over_plain_http_to_a_remote_host_are_refused(base_url: str) -> None:
    with pytest.raises(TwilioConfigError, match="allow_insecure_http"):
        Client(ACCOUNT_SID, "token", base_url=base_url, environ={})
    explicitly = Client(
        ACCOUNT_SID, "token", base_url=base_url, allow_insecure_http=True, environ={}
    )
    assert explicitly.api.v2010.base_url.startswith(base_url.rstrip("/"))


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8787", "http://localhost:1", "http://[::1]:2", "http://127.8.9.1"],
)
async def test_plain_http_to_loopback_is_allowed(base_url: str) -> None:
    assert Client(ACCOUNT_SID, "t", base_url=base_url, environ={}).region is None


# --- TLS -----------------------------------------------------------------------------------------


def _verifies(context: ssl.SSLContext) -> bool:
    return context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


async def test_tls_verification_is_on_by_default_on_both_backends() -> None:
    aiohttp_backend = open_backend("aiohttp")
    httpx_backend = open_backend("httpx")
    try:
        assert isinstance(aiohttp_backend, AiohttpBackend)
        assert isinstance(aiohttp_backend.transport._ssl, ssl.SSLContext)
        assert _verifies(aiohttp_backend.transport._ssl)
        assert isinstance(httpx_backend, TransportBackend)
        pool = getattr(httpx_backend.transport, "_pool")  # noqa: B009 - httpcore's pool
        assert _verifies(pool._ssl_context)
        standalone = AiohttpTransport()
        assert isinstance(standalone._ssl, ssl.SSLContext) and _verifies(standalone._ssl)
    finally:
        await aiohttp_backend.aclose()
        await httpx_backend.aclose()


MESSAGE = b'{"sid": "SM' + b"f" * 32 + b'", "body": "over tls"}'


class TlsServer:
    """An HTTPS server on loopback whose certificate comes from a throwaway CA."""

    def __init__(self, ca: trustme.CA, *hosts: str):
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(*hosts).configure_cert(self.context)
        self.received = 0
        self.server: asyncio.Server | None = None

    async def handler(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_request(reader)
                self.received += 1
                writer.write(respond(200, MESSAGE, "Content-Type: application/json"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            return
        finally:
            writer.close()

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self.handler, "127.0.0.1", 0, ssl=self.context)
        return f"https://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_an_untrusted_certificate_is_refused_before_anything_is_sent(
    backend: BackendName, fast_backoff: None
) -> None:
    ca = trustme.CA()
    tls = TlsServer(ca, "127.0.0.1")
    async with tls as base:
        async with Client(
            ACCOUNT_SID, "token", base_url=base, http_backend=backend, environ={}
        ) as client:
            with anyio.fail_after(5), pytest.raises(TwilioConnectionError) as info:
                await client.messages("SM" + "f" * 32).fetch()
        assert info.value.may_have_been_processed is False  # the handshake failed
        assert "certificate" in str(info.value).lower() or "ssl" in str(info.value).lower()
        assert tls.received == 0
        # Control: the same server, trusted, answers. Verification was the only obstacle.
        trusting = ssl.create_default_context()
        ca.configure_trust(trusting)
        async with Client(ACCOUNT_SID, "token", base_url=base, environ={}) as client:
            client._transport._backend = open_backend(backend, verify=trusting)
            assert (await client.messages("SM" + "f" * 32).fetch()).body == "over tls"
        assert tls.received == 1


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_a_certificate_for_another_host_is_refused(
    backend: BackendName, fast_backoff: None
) -> None:
    ca = trustme.CA()
    tls = TlsServer(ca, "api.twilio.example")  # trusted CA, wrong name
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)
    async with tls as base, Client(ACCOUNT_SID, "t", base_url=base, environ={}) as client:
        client._transport._backend = open_backend(backend, verify=trusting)
        with anyio.fail_after(5), pytest.raises(TwilioConnectionError) as info:
            await client.messages("SM" + "f" * 32).fetch()
    assert info.value.may_have_been_processed is False
    assert tls.received == 0


async def test_user_http_client_keeps_its_own_tls_settings(fast_backoff: None) -> None:
    """``http_client=`` is how a private CA is trusted; the SDK does not weaken it."""
    ca = trustme.CA()
    tls = TlsServer(ca, "127.0.0.1")
    async with tls as base:
        async with (
            httpx.AsyncClient() as plain,
            Client(ACCOUNT_SID, "t", base_url=base, http_client=plain, environ={}) as client,
        ):
            with pytest.raises(TwilioError):
                await client.messages("SM" + "f" * 32).fetch()
        trusting = ssl.create_default_context()
        ca.configure_trust(trusting)
        async with (
            httpx.AsyncClient(verify=trusting) as http,
            Client(ACCOUNT_SID, "t", base_url=base, http_client=http, environ={}) as client,
        ):
            assert (await client.messages("SM" + "f" * 32).fetch()).body == "over tls"
