"""Secrets never leak, and the ``twilio_async`` logger says what the README promises.

tests/runtime/test_logging.py checks the log lines against respx mocks. Here a
whole session runs against the emulator with body logging switched on (the
riskiest setting): it creates an API key (Twilio returns its ``secret``), fetches
accounts (``auth_token`` in the body), creates a subaccount, hits 4xx errors,
503s that are retried and dropped connections. Every log record at DEBUG from
every logger, every warning, every exception and every repr is then searched for
the auth tokens, the API secret and the base64 Authorization values.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from tests.support.credentials import basic
from tests.support.loopback import BACKENDS
from tests.support.numbers import FROM, TO
from twilio_async import Client, TwilioError
from twilio_async._types import BackendName
from twilio_async.emulator import Emulator


def _record_texts(records: list[logging.LogRecord]) -> list[str]:
    texts: list[str] = []
    for record in records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
        texts.append(repr(record.__dict__))
        if record.exc_info:
            texts.append(logging.Formatter().formatException(record.exc_info))
    return texts


def _error_texts(error: BaseException) -> list[str]:
    texts: list[str] = []
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), *(repr(v) for v in vars(seen).values())]
        seen = seen.__cause__ or seen.__context__
    return texts


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_no_secret_anywhere_in_a_logged_session(
    backend: BackendName, caplog: pytest.LogCaptureFixture, fast_backoff: None
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, aiohttp, asyncio
    texts: list[str] = []
    secrets: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with Emulator(status_interval=None) as emu:
            secrets += [emu.auth_token, basic(emu.account_sid, emu.auth_token)]
            client = emu.client(http_backend=backend, log_bodies=True, max_retries=2)
            async with client:
                texts += [repr(client), str(client), repr(client._transport)]
                key = await client.keys.create(friendly_name="deploy")
                assert key.secret  # Twilio shows a new key's secret once
                secrets += [key.secret, basic(str(key.sid), key.secret)]
                account = await client.account.fetch()
                assert account.auth_token == emu.auth_token
                sub = await client.api.v2010.accounts.create(friendly_name="sub")
                assert sub.auth_token
                secrets += [sub.auth_token]
                texts += [repr(key), repr(account), repr(sub)]  # models are the caller's data
                texts = [t for t in texts if t not in (repr(key), repr(account), repr(sub))]
                errors: list[BaseException] = []
                calls: list[Callable[[], Awaitable[object]]] = [
                    lambda: client.messages("SM" + "0" * 32).fetch(),
                    lambda: client.messages.create(to="+15005550001", from_=FROM, body="x"),
                ]
                for call in calls:
                    try:
                        await call()
                    except TwilioError as error:
                        errors.append(error)
                emu.faults.error_rate = {503: 1.0}
                try:
                    await client.account.fetch()  # retried twice, then a ServerError
                except TwilioError as error:
                    errors.append(error)
                emu.faults.error_rate = {}
                emu.faults.drop_rate = 1.0
                try:
                    await client.messages.create(to=TO, from_=FROM, body="dropped")
                except TwilioError as error:
                    errors.append(error)
                emu.faults.drop_rate = 0.0
            assert len(errors) == 4
            for failure in errors:
                texts += _error_texts(failure)
            # The key authenticates too: a client made from it leaks neither half.
            async with Client(
                str(key.sid), key.secret, account_sid=emu.account_sid, base_url=emu.base_url,
                http_backend=backend, log_bodies=True, environ={},
            ) as keyed:  # fmt: skip
                texts += [repr(keyed), repr(keyed._transport)]
                assert (await keyed.account.fetch()).sid == emu.account_sid
    texts += _record_texts(caplog.records)
    texts += [str(w.message) for w in caught]
    ours = [r for r in caplog.records if r.name == "twilio_async"]
    bodies = [r.getMessage() for r in ours if " body: " in r.getMessage()]
    assert len(secrets) == 5 and all(len(s) >= 16 for s in secrets)
    leaks = [(secret[:6], text[:200]) for text in texts for secret in secrets if secret in text]
    assert leaks == []
    # The session did exercise the risky paths: bodies with secrets were logged, redacted.
    assert any('"secret": "[redacted]"' in b for b in bodies)
    assert any('"auth_token": "[redacted]"' in b for b in bodies)
    assert any("; retry 2 of 2" in r.getMessage() for r in ours)


async def _logged_session(
    caplog: pytest.LogCaptureFixture, **client_kwargs: Any
) -> list[logging.LogRecord]:
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    async with (
        Emulator(status_interval=None) as emu,
        emu.client(max_retries=1, **client_kwargs) as client,
    ):
        await client.messages.create(to=TO, from_=FROM, body="hello there")
        emu.faults.error_rate = {503: 1.0}
        with pytest.raises(TwilioError):
            await client.messages.list()
    return [r for r in caplog.records if r.name == "twilio_async"]


@pytest.mark.parametrize(
    "kwargs",
    [{"log_bodies": True}, {"environ": {"TWILIO_ASYNC_LOG_BODIES": "1"}}],
    ids=["argument", "env"],
)
async def test_body_logging_is_opt_in_and_bounded(
    caplog: pytest.LogCaptureFixture, fast_backoff: None, kwargs: dict[str, Any]
) -> None:
    records = await _logged_session(caplog, **kwargs)
    bodies = [r.getMessage() for r in records if " body: " in r.getMessage()]
    assert any("request body: To=%2B15558675310" in b or "To=+15558675310" in b for b in bodies)
    assert any("hello there" in b for b in bodies)  # the response body too
    assert all(r.levelno == logging.DEBUG for r in records if " body: " in r.getMessage())
    assert all(len(b) < 2300 for b in bodies)


async def test_bodies_are_not_logged_by_default(
    caplog: pytest.LogCaptureFixture, fast_backoff: None
) -> None:
    records = await _logged_session(caplog)
    text = "\n".join(r.getMessage() for r in records)
    assert " body: " not in text and "hello there" not in text
    # What is logged: method, path, status, timing; retries at INFO with the attempt.
    create, *rest = records
    assert create.levelno == logging.DEBUG
    assert create.getMessage().startswith("POST /api/2010-04-01/Accounts/")
    assert " -> 201 in " in create.getMessage()
    fields = {k: v for k, v in create.__dict__.items() if k.startswith("twilio_")}
    assert fields["twilio_method"] == "POST" and fields["twilio_status"] == 201
    assert fields["twilio_attempt"] == 1 and fields["twilio_elapsed_ms"] >= 0
    retry, final = rest
    assert retry.levelno == logging.INFO
    assert " -> 503 in " in retry.getMessage() and "; retry 1 of 1 in " in retry.getMessage()
    assert final.levelno == logging.DEBUG
    assert final.getMessage().endswith("(attempt 2)") and final.__dict__["twilio_attempt"] == 2


def test_redaction_of_form_json_and_text() -> None:
    from twilio_async._redact import redacted_body as _redacted_body

    form = b"FriendlyName=x&Password=hunter2hunter2&AuthToken=tok123tok123"
    assert "hunter2" not in _redacted_body(form, "application/x-www-form-urlencoded")
    assert "tok123" not in _redacted_body(form, "application/x-www-form-urlencoded")
    nested = b'{"a": [{"credentials": {"secret": "s3cr3t-s3cr3t"}}], "api_secret": "zz9zz9"}'
    shown = _redacted_body(nested, "application/json")
    assert "s3cr3t" not in shown and "zz9zz9" not in shown and '"a"' in shown
    broken = b'{"auth_token": "abcabcabc", "sid": "AC' + b"x" * 5000
    assert "abcabcabc" not in _redacted_body(broken, "application/json")
    xml = b"<Account><AuthToken>qwertyqwerty</AuthToken></Account>"
    assert "qwerty" not in _redacted_body(xml, "application/xml")
    assert len(_redacted_body(b"y" * 100_000, None)) <= 2001
