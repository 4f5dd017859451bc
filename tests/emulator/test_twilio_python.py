"""Cross-check: the official twilio-python client, which nobody here wrote, against the emulator.

twilio-python always calls ``https://<domain>.twilio.com``; a small ``HttpClient``
subclass sends its requests to the emulator instead, keeping the Twilio host in
the ``Host`` header (the emulator routes on it). twilio-python's client is
synchronous, so it runs in a worker thread while the emulator serves in the loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

from twilio.rest import Client as TwilioPythonClient

from tests.support.numbers import FROM, TO
from tests.support.twilio_python import RedirectingHttpClient
from twilio_async.emulator import Emulator


def _session(emu: Emulator) -> tuple[TwilioPythonClient, RedirectingHttpClient]:
    http = RedirectingHttpClient(emu.base_url)
    return TwilioPythonClient(emu.account_sid, emu.auth_token, http_client=http), http


async def test_twilio_python_creates_fetches_and_lists_messages(emu: Emulator) -> None:
    client, http = _session(emu)

    def scenario() -> tuple[Any, Any, list[Any], list[Any]]:
        created = client.messages.create(to=TO, from_=FROM, body="from twilio-python")
        fetched = client.messages(created.sid or "").fetch()
        for i in range(6):
            client.messages.create(to=TO, from_=FROM, body=f"more {i}")
        listed = client.messages.list(page_size=2)  # 4 pages through next_page_uri
        filtered = client.messages.list(to=TO, limit=3)
        return created, fetched, listed, filtered

    created, fetched, listed, filtered = await asyncio.to_thread(scenario)
    assert created.sid.startswith("SM") and created.status == "queued"
    assert created.account_sid == emu.account_sid
    assert created.date_created is not None and created.date_created.tzinfo is not None
    assert fetched.sid == created.sid and fetched.body == "from twilio-python"
    assert fetched.to == TO and fetched.from_ == FROM
    assert len(listed) == 7 and listed[-1].sid == created.sid
    assert len({m.sid for m in listed}) == 7
    assert len(filtered) == 3
    assert set(http.hosts) == {"api.twilio.com"}
    assert emu.store.count("accounts.messages") == 7


async def test_twilio_python_reads_v1_pages_and_errors(emu: Emulator) -> None:
    client, http = _session(emu)

    def scenario() -> tuple[list[Any], int | None]:
        for i in range(5):
            client.flex_api.v1.plugins.create(unique_name=f"p{i}")
        plugins = client.flex_api.v1.plugins.list(page_size=2)  # follows meta.next_page_url
        try:
            client.messages("SM" + "0" * 32).fetch()
        except Exception as err:  # twilio.base.exceptions.TwilioRestException
            return plugins, getattr(err, "code", None)
        return plugins, None

    plugins, code = await asyncio.to_thread(scenario)
    assert [p.unique_name for p in plugins] == [f"p{i}" for i in reversed(range(5))]
    assert code == 20404
    assert set(http.hosts) == {"flex-api.twilio.com", "api.twilio.com"}
