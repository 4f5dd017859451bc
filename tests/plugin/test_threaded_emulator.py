"""``ThreadedEmulator`` on its own: startup errors, the state calls, stopping."""

from __future__ import annotations

import socket

import pytest

from twilio_async import Client
from twilio_async.emulator import ThreadedEmulator

pytestmark = pytest.mark.real_backend


def test_a_startup_error_reaches_the_caller() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(OSError):
            ThreadedEmulator(port=port).start()
    with pytest.raises(ValueError, match="drop_rate"):
        ThreadedEmulator(drop_rate=5.0).start()


def test_not_running_is_a_clear_error() -> None:
    emulator = ThreadedEmulator()
    with pytest.raises(RuntimeError, match="not running"):
        emulator.count("accounts.messages")
    emulator.stop()  # nothing to stop: a no-op


async def test_an_async_test_calls_it_while_its_own_loop_runs() -> None:
    with ThreadedEmulator(seed=7) as emu:
        assert emu.environ() == {
            "TWILIO_ACCOUNT_SID": emu.account_sid,
            "TWILIO_AUTH_TOKEN": emu.auth_token,
            "TWILIO_ASYNC_BASE_URL": emu.base_url,
        }
        async with emu.client(max_retries=0) as client:
            assert isinstance(client, Client)
            await client.messages.create(to="+15558675310", from_="+15017122661", body="a")
        assert emu.count("accounts.messages") == 1
        emu.settle()
        [record] = emu.records("accounts.messages")
        assert record["status"] not in ("queued", "accepted", "sending")
    with pytest.raises(RuntimeError, match="not running"):
        _ = emu.base_url
