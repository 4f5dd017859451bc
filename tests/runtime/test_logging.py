"""Debug logging: useful lines on ``twilio_async``, never a credential."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, API_KEY, API_SECRET
from tests.support.rest import ACCOUNT_URL, FLEX, assert_no_secret, message, raises, sid
from twilio_async import Client, NotFoundError, RequestOptions

MESSAGES_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def _all_text(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = []
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
        texts.append(repr(record.__dict__))
    return texts


async def test_request_is_logged_without_secrets(
    client: Client, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json=message())
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    mock.get(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").respond(404, json={"code": 20404})
    await client.messages.create(to="+15558675310", body="secret-free body")
    await client.messages.list(to="+15558675310")
    with raises(NotFoundError):
        await client.messages(sid("SM")).fetch()

    ours = [r for r in caplog.records if r.name == "twilio_async"]
    lines = [r.getMessage() for r in ours]
    assert len(ours) == 3
    assert all(r.levelno == logging.DEBUG for r in ours)
    assert lines[0].startswith(f"POST {MESSAGES_PATH} -> 201")
    assert lines[1].startswith(f"GET {MESSAGES_PATH} -> 200")
    assert lines[2].startswith(
        f"GET /2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid('SM')}.json -> 404"
    )
    # The query string (phone numbers, filters) is not logged.
    assert "+15558675310" not in "".join(lines)
    assert "%2B1555" not in "".join(lines)
    for text in _all_text(caplog):
        assert_no_secret(text)


async def test_api_key_and_extra_headers_not_logged(
    mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mock.get(f"{FLEX}/Configuration").respond(200, json={})
    async with Client(API_KEY, API_SECRET, ACCOUNT_SID, environ={}) as client:
        await client.flex_api.v1.configuration().fetch(
            options=RequestOptions(extra_headers={"X-Custom": "value-123"})
        )
    lines = [r.getMessage() for r in caplog.records if r.name == "twilio_async"]
    assert lines and lines[0].startswith("GET /v1/Configuration -> 200")
    for text in _all_text(caplog):
        assert_no_secret(text)
        assert "value-123" not in text


async def test_retries_are_logged_per_attempt(
    mock: respx.MockRouter, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from twilio_async import _http

    monkeypatch.setattr(_http, "backoff_delay", lambda *a, **k: 0.0)
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    mock.get(f"{ACCOUNT_URL}/Messages.json").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"messages": []})]
    )
    async with Client(ACCOUNT_SID, "tok-xyz-987", max_retries=1, environ={}) as client:
        await client.messages.list()
    lines = [r.getMessage() for r in caplog.records if r.name == "twilio_async"]
    assert [line.split(" in ")[0] for line in lines] == [
        f"GET {MESSAGES_PATH} -> 503",
        f"GET {MESSAGES_PATH} -> 200",
    ]
    assert all("tok-xyz-987" not in text for text in _all_text(caplog))


async def test_nothing_logged_above_debug(
    client: Client, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_async")
    mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    await client.messages.list()
    assert [r for r in caplog.records if r.name == "twilio_async"] == []
