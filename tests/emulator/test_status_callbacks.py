"""The message status clock and signed status callbacks.

The signature is recomputed here from Twilio's documented recipe, independently
of the emulator's own code: HMAC-SHA1 keyed with the auth token over the URL
followed by each POST parameter's name and value, sorted by name, in base64.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from tests.support.asgi import Receiver
from tests.support.numbers import FROM, TO
from twilio_async.emulator import Emulator


def expected_signature(token: str, url: str, params: dict[str, str]) -> str:
    data = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    mac = hmac.new(token.encode("utf-8"), data.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode()


async def test_status_progression_and_signed_callbacks(receiver: Receiver) -> None:
    async with Emulator(status_interval=0.01) as emu, emu.client() as client:
        url = receiver.url + "?tag=a"
        msg = await client.messages.create(to=TO, from_=FROM, body="hi", status_callback=url)
        assert msg.status is not None and msg.status.value == "queued"
        await emu.settle()
        done = await client.messages(msg.sid or "").fetch()
        assert done.status is not None and done.status.value == "delivered"
        assert done.date_sent is not None and done.price is not None
    statuses = [r.form["MessageStatus"] for r in receiver.requests]
    assert statuses == ["sending", "sent", "delivered"]
    for got in receiver.requests:
        assert got.url == url
        assert got.form["MessageSid"] == msg.sid == got.form["SmsSid"]
        assert got.form["AccountSid"] == emu.account_sid
        assert got.form["To"] == TO and got.form["From"] == FROM
        assert got.headers["content-type"] == "application/x-www-form-urlencoded"
        signature = got.headers["x-twilio-signature"]
        assert signature == expected_signature(emu.auth_token, url, got.form)
        assert signature != expected_signature("another-token", url, got.form)
    assert [c.status for c in emu.callbacks] == [204, 204, 204]
    assert emu.stats.callbacks_sent == 3


async def test_subaccount_callbacks_are_signed_with_its_token(receiver: Receiver) -> None:
    async with Emulator(status_interval=0) as emu, emu.client() as client:
        sub = await client.api.v2010.accounts.create(friendly_name="s")
        async with emu.client(username=sub.sid, password=sub.auth_token) as sc:
            await sc.messages.create(to=TO, from_=FROM, body="x", status_callback=receiver.url)
            await emu.settle()
    assert len(receiver.requests) == 3
    for got in receiver.requests:
        assert got.form["AccountSid"] == sub.sid
        expected = expected_signature(sub.auth_token or "", receiver.url, got.form)
        assert got.headers["x-twilio-signature"] == expected


async def test_without_a_clock_messages_stay_queued() -> None:
    async with Emulator(status_interval=None) as emu, emu.client() as client:
        msg = await client.messages.create(to=TO, from_=FROM, body="x")
        await emu.settle()
        again = await client.messages(msg.sid or "").fetch()
    assert again.status is not None and again.status.value == "queued"


async def test_callbacks_only_go_to_loopback_unless_allowed() -> None:
    async with Emulator(status_interval=0) as emu, emu.client() as client:
        await client.messages.create(
            to=TO, from_=FROM, body="x", status_callback="https://example.com/status"
        )
        await emu.settle()
    assert len(emu.callbacks) == 3
    assert all(c.status is None and "loopback" in (c.error or "") for c in emu.callbacks)
    assert emu.stats.callbacks_failed == 3 and emu.stats.callbacks_sent == 0


async def test_deleted_message_stops_its_clock(receiver: Receiver) -> None:
    # The delete must land before the first tick, busy machine or not.
    async with Emulator(status_interval=1.0) as emu, emu.client() as client:
        msg = await client.messages.create(
            to=TO, from_=FROM, body="x", status_callback=receiver.url
        )
        await client.messages(msg.sid or "").delete()
        await emu.settle()
    assert receiver.requests == []
