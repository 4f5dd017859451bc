"""A real ``redis-server`` on loopback for the shared-budget tests.

``RedisServer`` starts ``redis-server --port <free> --bind 127.0.0.1 --save '' --appendonly
no`` in a temporary directory and waits for ``PING``; ``restart()`` stops it and starts a
fresh one on the same port (an empty Redis, as after a crash without persistence).
``REDIS_SERVER`` names another binary (``valkey-server`` works too). A missing binary
fails the test run with the command that installs it: these tests are never skipped.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

INSTALL_HINT = "install redis-server: apt-get install redis-server"
#: How long a server may take to answer PING after it was started (a busy machine).
START_TIMEOUT = 30.0


def server_binary() -> str:
    """The redis-server (or valkey-server) to run; fails the test run when there is none."""
    named = os.environ.get("REDIS_SERVER")
    for candidate in ([named] if named else []) + ["redis-server", "valkey-server"]:
        found = shutil.which(candidate)
        if found:
            return found
    pytest.fail(f"redis-server not found on PATH: {INSTALL_HINT}", pytrace=False)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def ping(port: int, timeout: float = 1.0) -> bool:
    """True if a Redis on ``port`` answers ``PING`` (with PONG, or asking for a password)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(b"PING\r\n")
            reply = s.recv(64)
            return reply.startswith(b"+PONG") or reply.startswith(b"-NOAUTH")
    except OSError:
        return False


class RedisServer:
    """One ``redis-server`` process on 127.0.0.1 (``url``), started by ``start()``."""

    def __init__(self, directory: Path, port: int | None = None, args: Sequence[str] = ()):
        self.binary = server_binary()
        self.args = list(args)
        self.directory = directory
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = directory / "redis.log"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start the server and wait (at most ``START_TIMEOUT``) until it answers PING."""
        assert self.process is None, "already running"
        args = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.directory),
            "--logfile",
            str(self.log),
            *self.args,
        ]
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, cwd=self.directory)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
                self.process = None
                raise RuntimeError(f"redis-server exited at start on port {self.port}:\n{tail}")
            if ping(self.port):
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server on port {self.port} did not answer PING in time")

    def stop(self, *, kill: bool = False) -> None:
        """Stop the server (``kill``: SIGKILL, as in a crash) and wait for it to exit."""
        if self.process is None:
            return
        self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.process.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=START_TIMEOUT)
        self.process = None

    def restart(self, *, kill: bool = True, down_for: float = 0.0) -> None:
        """Stop (SIGKILL by default), stay down ``down_for`` s, start again on the same port."""
        self.stop(kill=kill)
        time.sleep(down_for)
        self.start()


def started(directory: Path, args: Sequence[str] = ()) -> RedisServer:
    """A ``RedisServer`` in ``directory``, started (a free port; retried if one was taken)."""
    for attempt in range(5):
        server = RedisServer(directory, args=args)
        try:
            server.start()
            return server
        except RuntimeError:
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One redis-server for the whole test session (tests use their own account's keys)."""
    with tempfile.TemporaryDirectory(prefix="ta-redis-") as tmp:
        server = started(Path(tmp))
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session redis-server's URL."""
    return redis_server.url


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own (to kill and restart it)."""
    server = started(tmp_path)
    try:
        yield server
    finally:
        server.stop(kill=True)
