"""Without the ``aiohttp`` extra: everything imports, and a default Client sends over httpx.

Each check runs in a fresh interpreter with ``sys.modules["aiohttp"] = None``, which makes
any ``import aiohttp`` fail as if it were not installed (this test environment has it).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

#: Set before anything else runs in the child: aiohttp is "not installed".
BLOCK = "import sys; sys.modules['aiohttp'] = None\n"

#: A default Client against the emulator: which backend modules it loaded, and the SID.
SEND = textwrap.dedent(
    """
    import asyncio, json, sys
    from twilio_async import Client
    from twilio_async.emulator import Emulator

    async def main():
        async with Emulator(status_interval=None) as emu:
            async with Client(emu.account_sid, emu.auth_token, base_url=emu.base_url,
                              environ={}) as client:
                msg = await client.messages.create(
                    to="+15558675310", from_="+15017122661", body="hi")
                again = await client.messages(msg.sid).fetch()
        loaded = sorted(  # a blocked module's entry is None: not loaded
            m for m, module in sys.modules.items() if module is not None
            and (m.startswith(("aiohttp", "httpcore")) or m.endswith("._aiohttp")))
        print(json.dumps({"sid": msg.sid, "fetched": again.sid, "loaded": loaded}))

    asyncio.run(main())
    """
)


def _run(code: str, *, block: bool) -> Any:
    """Run ``code`` in a fresh interpreter; its last stdout line, parsed as JSON."""
    done = subprocess.run(
        [sys.executable, "-c", (BLOCK if block else "") + code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,  # a hang guard only: these take about a second
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_default_client_sends_over_httpx_when_aiohttp_is_missing() -> None:
    out = _run(SEND, block=True)
    assert out["sid"].startswith("SM") and out["fetched"] == out["sid"]
    # httpx's transport (httpcore) did the work; the aiohttp backend module never loaded.
    assert "httpcore" in out["loaded"]
    assert not [m for m in out["loaded"] if "aiohttp" in m]


def test_a_default_client_uses_aiohttp_when_it_is_installed() -> None:
    """The control: same code, aiohttp importable, and ``auto`` picks it."""
    out = _run(SEND, block=False)
    assert out["fetched"] == out["sid"]
    assert "twilio_async._backends._aiohttp" in out["loaded"]
    assert "aiohttp" in out["loaded"]


def test_asking_for_aiohttp_without_it_names_the_extra() -> None:
    """``Client(http_backend="aiohttp")`` fails when built, and so does opening the backend."""
    code = textwrap.dedent(
        """
        import asyncio, json
        from twilio_async import Client, TwilioConfigError
        from twilio_async._backends import open_backend

        errors = []
        try:
            Client("AC" + "a" * 32, "secret-token-1234", http_backend="aiohttp", environ={})
        except TwilioConfigError as error:
            errors.append(str(error))

        async def main():
            try:
                open_backend("aiohttp")
            except TwilioConfigError as error:
                errors.append(str(error))

        asyncio.run(main())
        print(json.dumps(errors))
        """
    )
    messages = _run(code, block=True)
    assert len(messages) == 2, f"http_backend='aiohttp' without aiohttp did not fail: {messages}"
    for message in messages:
        assert "pip install 'twilio-async[aiohttp]'" in message
        assert "http_backend" in message
        assert "secret-token-1234" not in message


def test_every_public_module_imports_without_aiohttp() -> None:
    """Nothing imports aiohttp eagerly: the package, its features and the CLIs' modules."""
    code = textwrap.dedent(
        """
        import importlib, json
        names = ["twilio_async", "twilio_async.batch", "twilio_async.batch._cli",
                 "twilio_async.webhooks", "twilio_async.twiml", "twilio_async.fastapi",
                 "twilio_async.emulator", "twilio_async.emulator.__main__",
                 "twilio_async._backends", "twilio_async._http"]
        for name in names:
            importlib.import_module(name)
        import twilio_async
        twilio_async.Client, twilio_async.Page  # the lazy names load their modules
        print(json.dumps(names))
        """
    )
    assert "twilio_async.batch._cli" in _run(code, block=True)


def test_send_batch_runs_without_aiohttp(tmp_path: Path) -> None:
    """The CLI's preload imports the fast backend only when it is there."""
    csv = tmp_path / "to.csv"
    csv.write_text("to,name\n+15558675310,Ada\n+15558675311,Bob\n")
    summary = tmp_path / "summary.json"
    code = textwrap.dedent(
        f"""
        import asyncio, json, threading
        from twilio_async.batch._cli import main as cli
        from twilio_async.emulator import Emulator

        async def serve(ready, done):
            async with Emulator(status_interval=None) as emu:
                ready.append(emu)
                while not done.is_set():
                    await asyncio.sleep(0.05)
                ready.append(emu.store.count("accounts.messages"))

        ready, done = [], threading.Event()
        thread = threading.Thread(target=asyncio.run, args=(serve(ready, done),))
        thread.start()
        try:
            while not ready and thread.is_alive():
                threading.Event().wait(0.05)
            emu = ready[0]
            code = cli(["send-batch", {str(csv)!r}, "--from", "+15017122661",
                        "--body", "Hi {{name}}", "--base-url", emu.base_url,
                        "--account-sid", emu.account_sid, "--auth-token", emu.auth_token,
                        "--no-progress", "--summary-json", {str(summary)!r}])
        finally:
            done.set()
            thread.join()
        print(json.dumps({{"exit": code, "stored": ready[1]}}))
        """
    )
    out = _run(code, block=True)
    assert out == {"exit": 0, "stored": 2}
    assert json.loads(summary.read_text())["sent"] == 2
