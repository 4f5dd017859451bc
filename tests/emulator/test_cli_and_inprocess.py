"""The emulator from a shell (``python -m twilio_async.emulator``) and in-process (no sockets)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

import httpx
import pytest

from tests.support.numbers import FROM, TO
from twilio_async.emulator import Emulator
from twilio_async.emulator.__main__ import main


def test_cli_prints_credentials_and_serves_until_interrupted() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "twilio_async.emulator", "--port", "0", "--seed", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("Ctrl-C"):
                break
        text = "".join(lines)
        base = re.search(r"on (http://127\.0\.0\.1:\d+)", text)
        sid = re.search(r"TWILIO_ACCOUNT_SID=(AC[0-9a-f]{32})", text)
        token = re.search(r"TWILIO_AUTH_TOKEN=([0-9a-f]{32})", text)
        assert base and sid and token, text
        with httpx.Client(base_url=base.group(1), auth=(sid.group(1), token.group(1))) as http:
            path = f"/api/2010-04-01/Accounts/{sid.group(1)}/Messages.json"
            created = http.post(path, data={"To": TO, "From": FROM, "Body": "cli"})
            assert created.status_code == 201
            assert http.get(path).json()["messages"][0]["sid"] == created.json()["sid"]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_refuses_bad_fault_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--error-rate", "404=0.5"]) == 2
    assert "error_rate" in capsys.readouterr().err


async def test_in_process_client_needs_no_server() -> None:
    emu = Emulator(status_interval=None)
    async with emu.asgi_client() as client:
        msg = await client.messages.create(to=TO, from_=FROM, body="no sockets")
        assert [m.sid for m in await client.messages.list()] == [msg.sid]
        plugin = await client.flex_api.v1.plugins.create(unique_name="p")
        assert plugin.url == f"http://127.0.0.1/flex-api/v1/PluginService/Plugins/{plugin.sid}"
    with pytest.raises(RuntimeError):
        _ = emu.base_url  # not serving
    await emu.stop()


async def test_in_process_and_loopback_share_state() -> None:
    async with (
        Emulator(status_interval=None) as emu,
        emu.asgi_client() as inproc,
        emu.client() as remote,
    ):
        msg = await inproc.messages.create(to=TO, from_=FROM, body="shared")
        assert (await remote.messages(msg.sid or "").fetch()).body == "shared"


async def test_fixed_credentials_and_seeded_sids() -> None:
    sid, token = "AC" + "1" * 32, "t" * 32
    first: list[str | None] = []
    second: list[str | None] = []
    for out in (first, second):
        emu = Emulator(account_sid=sid, auth_token=token, seed=42, status_interval=None)
        async with emu.asgi_client() as client:
            out.append((await client.messages.create(to=TO, from_=FROM, body="x")).sid)
        assert emu.account_sid == sid and emu.auth_token == token
        await emu.stop()
    assert first == second


async def test_a_port_in_use_is_an_os_error(capsys: pytest.CaptureFixture[str]) -> None:
    async with Emulator(status_interval=None) as first:
        with pytest.raises(OSError):
            await Emulator(port=first.port).start()
        assert main(["--port", str(first.port)]) == 1
        assert "cannot listen" in capsys.readouterr().err
        async with first.client() as client:  # the first one still serves
            assert await client.messages.list() == []
