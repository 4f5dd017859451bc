"""A server or proxy that echoes our Authorization header back (issue 14, item 9).

The SDK knows its own secrets (the password, the Basic token, the whole header
value): they are scrubbed from every excerpt in an exception message, every
server-supplied error message and every ``log_bodies`` line, however they come back
(as sent, JSON-escaped, percent-encoded, cut by the excerpt window).
"""

from __future__ import annotations

import asyncio
import json
import logging
from urllib.parse import quote

import anyio
import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN, basic
from tests.support.loopback import BACKENDS, read_request, serve
from tests.support.rest import ACCOUNT_URL
from twilio_async import Client, TwilioError, TwilioResponseError, TwilioRestError
from twilio_async._constants import ERROR_EXCERPT_CHARS
from twilio_async._redact import Secrets, excerpt, redacted_body, scrub
from twilio_async._types import BackendName

MESSAGES_URL = f"{ACCOUNT_URL}/Messages.json"
TOKEN = basic(ACCOUNT_SID, AUTH_TOKEN)
HEADER = f"Basic {TOKEN}"
FORBIDDEN = [AUTH_TOKEN, TOKEN, TOKEN[:24], quote(AUTH_TOKEN, safe="")]


def _assert_scrubbed(text: str) -> None:
    for secret in FORBIDDEN:
        assert secret not in text, secret


def _echo_bodies(header: str) -> dict[str, tuple[int, bytes]]:
    """What an echoing server or proxy might answer, each carrying our header back."""
    return {
        "html-400": (400, f"<html>bad request; you sent Authorization: {header}</html>".encode()),
        "json-message-401": (
            401,
            json.dumps(
                {
                    "code": 20003,
                    "message": f"bad {header}",
                    "more_info": header,
                    "details": {"sent": [header, AUTH_TOKEN]},
                }
            ).encode(),
        ),
        "json-escaped-500": (500, json.dumps({"echo": header}).replace("/", "\\/").encode()),
        "percent-encoded-502": (502, f"auth={quote(header, safe='')}&x=1".encode()),
        "password-429": (429, f"token was {AUTH_TOKEN}".encode()),
        "unparseable-201": (201, f'{{"sid": 5, "echo": "{header}"}}'.encode()),
    }


def _errors_text(err: BaseException) -> str:
    parts = [str(err), repr(err)]
    for name in ("message", "more_info", "details"):
        value = getattr(err, name, None)
        if value is not None:
            parts.append(json.dumps(value))
    return "\n".join(parts)


@pytest.mark.parametrize("case", list(_echo_bodies(HEADER)))
async def test_an_echoed_authorization_header_is_scrubbed_from_errors_and_logs(
    case: str, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    status, body = _echo_bodies(HEADER)[case]
    mock.post(MESSAGES_URL).mock(return_value=httpx.Response(status, content=body))
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, environ={}, log_bodies=True) as c:
        with anyio.fail_after(10), pytest.raises(TwilioError) as info:
            await c.messages.create(to="+15558675310", body="hi")
    assert isinstance(info.value, (TwilioRestError, TwilioResponseError))
    _assert_scrubbed(_errors_text(info.value))
    assert "body:" in caplog.text
    _assert_scrubbed(caplog.text)
    if isinstance(info.value, TwilioResponseError):
        assert info.value.body == body  # the raw body stays the caller's to inspect


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_loopback_server_echoing_the_header_on_both_backends(
    backend: BackendName, caplog: pytest.LogCaptureFixture
) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await read_request(reader)
            echoed = b"\n".join(
                line for line in request.split(b"\r\n") if line.lower().startswith(b"authoriz")
            )
            assert TOKEN.encode() in echoed
            body = b"echo: " + echoed + b" / " + echoed.replace(b"/", b"\\/")
            writer.write(
                b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
            )
            await writer.drain()
        finally:
            writer.close()

    caplog.set_level(logging.DEBUG, logger="twilio_async")
    async with (
        serve(handler) as base,
        Client(
            ACCOUNT_SID,
            AUTH_TOKEN,
            base_url=base,
            http_backend=backend,
            environ={},
            max_retries=0,
            log_bodies=True,
        ) as client,
    ):
        with anyio.fail_after(30), pytest.raises(TwilioRestError) as info:
            await client.messages.create(to="+15558675310", body="hi")
    assert info.value.status == 400
    assert "echo:" in str(info.value)
    _assert_scrubbed(_errors_text(info.value))
    _assert_scrubbed(caplog.text)


def test_a_secret_cut_by_the_excerpt_window_never_shows_in_part() -> None:
    secrets = Secrets("a-long-password-value", "another-secret-0123456789")
    for offset in range(ERROR_EXCERPT_CHARS * 4 - 30, ERROR_EXCERPT_CHARS * 4 + 5):
        body = b"x" * offset + b"another-secret-0123456789" + b"y" * 10
        shown = excerpt(body)
        assert "another-secret" not in shown
        assert "0123456789" not in shown
    for offset in (0, 10, 1990, 1999, 2000, 7990, 7999):
        body = b"z" * offset + b"a-long-password-value" + b"z" * 9000
        assert "password-value" not in redacted_body(body, None)
        assert "long-pass" not in redacted_body(body, "application/json")
    assert scrub("x a-long-password-value y") == "x [redacted] y"
    del secrets  # held weakly: it goes with its client


def test_short_secrets_are_not_scrubbed_verbatim() -> None:
    """A one-letter password would otherwise blank every such letter of a message."""
    keep = Secrets("e", "abc")
    assert keep.values == frozenset()
    assert scrub("several letters e") == "several letters e"


async def test_the_client_registers_its_secrets() -> None:
    async with Client(ACCOUNT_SID, "p@ss/word+with=odd&chars", environ={}) as client:
        header = f"Basic {basic(ACCOUNT_SID, 'p@ss/word+with=odd&chars')}"
        text = f"[{header}] [{quote('p@ss/word+with=odd&chars', safe='')}]"
        shown = scrub(text)
        assert "p@ss" not in shown and "word" not in shown
        assert header.split()[1][:20] not in shown
        assert "Secrets" not in repr(client)
