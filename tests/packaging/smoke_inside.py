"""The wheel smoke test, run by an installed wheel's own interpreter outside the source tree.

``python smoke_inside.py PROFILE`` where PROFILE is ``base`` (no extra) or an extra's name.
Every profile checks the import, the metadata and a send with a default ``Client``; each
extra adds what it is for (the emulator and its CLI, ``twilio-async send-batch``, FastAPI,
asyncpg, redis-py). Prints one line per check and exits 1 if any failed. Standard library
only, besides what the profile installed: wheel_smoke.py copies this file out of the tree.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.metadata
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

#: Generous bounds for a busy machine: these are hang guards, not performance checks.
HANG_GUARD = 120.0
ACCOUNT = "AC" + "0" * 32
TOKEN = "smoke-token-not-a-secret"
SENDER = "+15017122661"
#: The modules each profile must be able to import, besides twilio_async itself.
PROFILE_MODULES: dict[str, list[str]] = {
    "base": ["twilio_async.batch", "twilio_async.webhooks", "twilio_async.twiml"],
    "aiohttp": ["aiohttp"],
    "cli": ["rich", "aiohttp", "twilio_async.batch._cli"],
    "emulator": ["starlette", "uvicorn", "rich", "twilio_async.emulator"],
    "fastapi": ["fastapi", "multipart", "twilio_async.fastapi"],
    "postgres": ["asyncpg", "twilio_async.batch._pg_journal"],
    "redis": ["redis.asyncio", "twilio_async.batch._redis_budget"],
}
PROFILE_MODULES["all"] = sorted({m for mods in PROFILE_MODULES.values() for m in mods})
#: Profiles whose install includes aiohttp (the default backend picks it then).
WITH_AIOHTTP = {"aiohttp", "cli", "all"}


def bin_path(name: str) -> str:
    """A console script of this environment."""
    return str(Path(sys.executable).parent / name)


# ---------------------------------------------------------------- a stand-in for Twilio


class _StubTwilio(BaseHTTPRequestHandler):
    """Answers every POST with a created message (a fresh SID) and every GET with one."""

    sids = itertools.count(1)

    def _answer(self, status: int) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        sid = f"SM{next(self.sids):032x}"
        body = json.dumps({"sid": sid, "status": "queued", "body": "hi"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self._answer(201)

    def do_GET(self) -> None:
        self._answer(200)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def stub_server() -> Iterator[str]:
    """A loopback HTTP server that answers like Twilio's Messages resource; its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StubTwilio)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------- checks


def check_installed_from_the_wheel(profile: str) -> str:
    import twilio_async

    where = Path(twilio_async.__file__).resolve()
    prefix = Path(sys.prefix).resolve()
    assert prefix in where.parents, f"twilio_async imported from {where}, not from {prefix}"
    version = importlib.metadata.version("twilio-async")
    assert version == twilio_async.__version__, (version, twilio_async.__version__)
    assert (where.parent / "py.typed").is_file(), "py.typed missing"
    files = importlib.metadata.files("twilio-async") or []
    licenses = [f for f in files if f.name == "LICENSE" and "licenses" in f.parts]
    assert licenses, "dist-info/licenses/LICENSE missing"
    assert "MIT License" in licenses[0].read_text()
    meta = importlib.metadata.metadata("twilio-async")
    assert meta["License-Expression"] == "MIT", meta["License-Expression"]
    return f"twilio_async {version} from {where.parent}"


def check_imports(profile: str) -> str:
    for name in PROFILE_MODULES[profile]:
        importlib.import_module(name)
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        has_aiohttp = False
    else:
        has_aiohttp = True
    assert has_aiohttp == (profile in WITH_AIOHTTP), f"aiohttp installed: {has_aiohttp}"
    return f"{len(PROFILE_MODULES[profile])} modules; aiohttp installed: {has_aiohttp}"


def _backend_loaded() -> str:
    aiohttp_backend = sys.modules.get("twilio_async._backends._aiohttp") is not None
    return "aiohttp" if aiohttp_backend else "httpx"


def check_default_client_sends(profile: str) -> str:
    from twilio_async import Client

    async def send(base: str) -> str:
        async with Client(ACCOUNT, TOKEN, base_url=base, environ={}) as client:
            message = await client.messages.create(to="+15558675310", from_=SENDER, body="hi")
        assert message.sid is not None and message.sid.startswith("SM")
        return message.sid

    with stub_server() as base:
        sid = asyncio.run(send(base))
    backend = _backend_loaded()
    expected = "aiohttp" if profile in WITH_AIOHTTP else "httpx"
    assert backend == expected, f"default backend {backend}, expected {expected}"
    return f"created {sid} over the {backend} backend"


def check_cli_without_its_extra(profile: str) -> str:
    done = _run([bin_path("twilio-async"), "send-batch", "--help"])
    assert done.returncode == 0 and "--base-url" in done.stdout, "--help needs no extra"
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "to.csv"
        csv.write_text("to\n+15558675310\n")
        done = _run(
            [
                bin_path("twilio-async"),
                "send-batch",
                str(csv),
                "--from",
                SENDER,
                "--body",
                "hi",
                "--base-url",
                "http://127.0.0.1:9",
            ]
        )
    assert done.returncode == 2, f"exit {done.returncode}: {done.stderr[-500:]}"
    assert "pip install 'twilio-async[cli]'" in done.stderr, done.stderr[-500:]
    return f"--help works; a run exits 2: {done.stderr.strip().splitlines()[-1]}"


def check_emulator_without_its_extra(profile: str) -> str:
    done = _run([bin_path("twilio-async-emulator"), "--help"])
    assert done.returncode == 0 and "--port" in done.stdout, "--help needs no extra"
    done = _run([bin_path("twilio-async-emulator"), "--port", "0"])
    last = (done.stderr.strip().splitlines() or [""])[-1]
    assert done.returncode == 2, f"twilio-async-emulator without its extra: exit {done.returncode}"
    assert "pip install 'twilio-async[emulator]'" in last, last
    assert "Traceback" not in done.stderr, done.stderr
    return f"--help works; a run exits 2: {last[:120]}"


def check_emulator_in_process(profile: str) -> str:
    from twilio_async.emulator import Emulator

    async def tour() -> str:
        async with Emulator(status_interval=None) as emu, emu.client() as client:
            message = await client.messages.create(to="+15558675310", from_=SENDER, body="hi")
            assert message.sid is not None
            fetched = await client.messages(message.sid).fetch()
            assert fetched.body == "hi", fetched.body
            listed = await client.messages.list()
            assert [m.sid for m in listed] == [message.sid]
            return message.sid

    sid = asyncio.run(tour())
    return f"Emulator(): created, fetched and listed {sid} ({_backend_loaded()} backend)"


@contextmanager
def emulator_cli() -> Iterator[tuple[str, str, str]]:
    """``twilio-async-emulator --port 0`` running: its base URL, account SID and token."""
    proc = subprocess.Popen(
        [bin_path("twilio-async-emulator"), "--port", "0", "--status-interval", "-1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        found = dict(line.strip().partition("=")[::2] for line in lines[1:])
        base = lines[0].strip().rpartition(" ")[2]
        assert base.startswith("http://127.0.0.1:"), lines
        yield base, found["TWILIO_ACCOUNT_SID"], found["TWILIO_AUTH_TOKEN"]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        assert code == 0, f"twilio-async-emulator exited {code}: {proc.stderr.read()[-500:]}"  # type: ignore[union-attr]


def check_emulator_cli(profile: str) -> str:
    from twilio_async import Client

    async def send(base: str, sid: str, token: str) -> str:
        async with Client(sid, token, base_url=base, environ={}) as client:
            message = await client.messages.create(to="+15558675310", from_=SENDER, body="hi")
            assert message.sid is not None
            return message.sid

    with emulator_cli() as (base, account, token):
        sid = asyncio.run(send(base, account, token))
    return f"twilio-async-emulator on {base}: created {sid}; stopped with exit 0"


def _send_batch(base: str, account: str, token: str, rows: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "to.csv"
        csv.write_text("to,name\n" + "".join(f"+1555867{i:04d},n{i}\n" for i in range(rows)))
        summary = Path(tmp) / "summary.json"
        env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
        env |= {"TWILIO_ACCOUNT_SID": account, "TWILIO_AUTH_TOKEN": token}
        command = [bin_path("twilio-async"), "send-batch", str(csv), "--from", SENDER]
        command += ["--body", "Hi {name}", "--base-url", base, "--no-progress"]
        done = _run([*command, "--summary-json", str(summary)], env=env)
        assert done.returncode == 0, done.stderr[-1000:]
        result: dict[str, Any] = json.loads(summary.read_text())
    assert result["sent"] == rows and result["failed"] == 0, result
    return result


def check_send_batch_cli(profile: str) -> str:
    done = _run([bin_path("twilio-async"), "send-batch", "--help"])
    assert done.returncode == 0 and "--base-url" in done.stdout, done.stderr[-500:]
    if profile == "all":  # the emulator is installed too: send through it
        with emulator_cli() as (base, account, token):
            result = _send_batch(base, account, token, rows=25)
        return f"twilio-async send-batch -> twilio-async-emulator: {result['sent']} sent"
    with stub_server() as base:
        result = _send_batch(base, ACCOUNT, TOKEN, rows=25)
    return f"twilio-async send-batch -> loopback stub: {result['sent']} sent"


def check_fastapi(profile: str) -> str:
    from twilio_async.fastapi import TwiMLResponse
    from twilio_async.twiml import MessagingResponse

    reply = MessagingResponse()
    reply.message("hi")
    response = TwiMLResponse(reply)
    assert b"<Message>hi</Message>" in response.body, response.body
    return f"TwiMLResponse: {response.media_type}"


def check_postgres(profile: str) -> str:
    from twilio_async.batch._journal_url import from_url

    journal = from_url("postgresql://user:pw@127.0.0.1:1/db", campaign="smoke")
    assert type(journal).__name__ == "PostgresJournal", type(journal)
    assert "pw" not in repr(journal)
    return "Journal from_url('postgresql://…'): a PostgresJournal (not connected)"


def check_redis(profile: str) -> str:
    from twilio_async.batch import RedisBudget, budget_from_url

    budget = budget_from_url("redis://127.0.0.1:1/0", account=ACCOUNT)
    assert isinstance(budget, RedisBudget), type(budget)
    return "budget_from_url('redis://…'): a RedisBudget (not connected)"


def _run(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=HANG_GUARD, env=env)


Check = Callable[[str], str]
COMMON: list[Check] = [check_installed_from_the_wheel, check_imports, check_default_client_sends]
EXTRA_CHECKS: dict[str, list[Check]] = {
    "base": [check_cli_without_its_extra, check_emulator_without_its_extra],
    "aiohttp": [],
    "cli": [check_send_batch_cli],
    "emulator": [check_emulator_in_process, check_emulator_cli],
    "fastapi": [check_fastapi],
    "postgres": [check_postgres],
    "redis": [check_redis],
    "all": [
        check_emulator_in_process,
        check_emulator_cli,
        check_send_batch_cli,
        check_fastapi,
        check_postgres,
        check_redis,
    ],
}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in EXTRA_CHECKS:
        print(f"usage: smoke_inside.py {{{'|'.join(EXTRA_CHECKS)}}}", file=sys.stderr)
        return 2
    profile = argv[0]
    failed = 0
    for check in COMMON + EXTRA_CHECKS[profile]:
        name = check.__name__.removeprefix("check_")
        try:
            detail = check(profile)
        except Exception as error:  # report every check, then fail
            failed += 1
            print(f"FAIL [{profile}] {name}: {type(error).__name__}: {error}", flush=True)
        else:
            print(f"ok   [{profile}] {name}: {detail}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
