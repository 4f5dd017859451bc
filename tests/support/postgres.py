"""A real PostgreSQL server for the test run: ``initdb`` into a temp dir, started on a free port.

The ``postgres_server`` fixture (session-scoped) yields a ``PostgresServer`` with the DSN of
a fresh database; the server runs with ``fsync`` on and password (SCRAM) authentication on
TCP, so authentication failures can be tested too. It is stopped at the end of the session.

PostgreSQL refuses to run as root. As root (CI and these machines), the server runs as
the ``postgres`` user when there is one (Debian's packages create it), else as
``nobody``; the data directory is made in ``/tmp`` and given to that user. As any other
user it runs as that user.

Binaries are looked up on ``PATH``, then in ``/usr/lib/postgresql/*/bin`` (newest
first), or in ``$TWILIO_ASYNC_PG_BIN``. A missing binary FAILS the tests that need it,
with a message saying what to install: it never skips them.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

#: The superuser's password (test-only; the server listens on 127.0.0.1 alone).
PASSWORD = "pg-test-secret-4d1f9c"
USER = "postgres"
DATABASE = "twilio_async_test"
#: How long the server may take to start or stop on a busy machine.
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class PostgresServer:
    """A running test server: ``dsn`` for the test database, and where it lives."""

    host: str
    port: int
    user: str
    password: str
    database: str
    data_dir: Path

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.database}"

    def url(self, *, password: str | None = None, port: int | None = None) -> str:
        """The DSN with another password or port (for failure tests)."""
        pw = self.password if password is None else password
        return f"postgresql://{self.user}:{pw}@{self.host}:{port or self.port}/{self.database}"


def find_binary(name: str) -> str:
    """The path of a PostgreSQL server binary, or fail the test run saying what is missing."""
    env_dir = os.environ.get("TWILIO_ASYNC_PG_BIN")
    candidates = [os.path.join(env_dir, name)] if env_dir else []
    found = shutil.which(name)
    if found:
        candidates.append(found)
    candidates.extend(
        os.path.join(d, name)
        for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    )
    for path in candidates:
        if os.access(path, os.X_OK):
            return path
    pytest.fail(
        f"PostgreSQL binary {name!r} not found (looked on PATH, in /usr/lib/postgresql/*/bin "
        "and $TWILIO_ASYNC_PG_BIN): install PostgreSQL's server package, e.g. "
        "`apt-get install -y postgresql`; the PostgreSQL journal tests need a real server",
        pytrace=False,
    )


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(p) for p in part.split(".") if p.isdigit())


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged user to run the server as (None: the current user, not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    pytest.fail(
        "running as root and neither a 'postgres' nor a 'nobody' user exists: PostgreSQL "
        "cannot run as root (create one: `useradd --system postgres`)",
        pytrace=False,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _ids(user: pwd.struct_passwd | None) -> tuple[int | None, int | None, list[int] | None]:
    """``user``, ``group`` and ``extra_groups`` for ``subprocess`` (None: unchanged)."""
    if user is None:
        return None, None, None
    return user.pw_uid, user.pw_gid, []


def _initdb(data: Path, user: pwd.struct_passwd | None) -> None:
    uid, gid, groups = _ids(user)
    pwfile = data.parent / "pwfile"
    pwfile.write_text(PASSWORD + "\n")
    if user is not None:
        os.chown(data.parent, user.pw_uid, user.pw_gid)
        os.chown(data, user.pw_uid, user.pw_gid)
        os.chown(pwfile, user.pw_uid, user.pw_gid)
    proc = subprocess.run(
        [
            find_binary("initdb"),
            "-D",
            str(data),
            "-U",
            USER,
            f"--pwfile={pwfile}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
        ],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT * 2,
        env={**os.environ, "LC_ALL": "C"},
        check=False,
        user=uid,
        group=gid,
        extra_groups=groups,
    )
    pwfile.unlink()
    if proc.returncode != 0:
        pytest.fail(f"initdb failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


async def _wait_ready(server: PostgresServer, proc: subprocess.Popen[bytes]) -> None:
    import asyncpg

    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"postgres exited with status {proc.returncode}")
        try:
            conn = await asyncpg.connect(
                host=server.host,
                port=server.port,
                user=server.user,
                password=server.password,
                database="postgres",
                timeout=10,
            )
        except (OSError, asyncpg.CannotConnectNowError, asyncio.TimeoutError):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)
            continue
        try:
            await conn.execute(f'CREATE DATABASE "{server.database}"')
        finally:
            await conn.close()
        return


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)  # fast shutdown: disconnect clients, checkpoint
        try:
            proc.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=START_TIMEOUT)


@contextlib.contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """Start a throwaway server (see the module docstring); stop it and delete it after.

    Not from inside a running event loop (it runs one of its own while starting).
    """
    postgres = find_binary("postgres")
    user = _run_as()
    uid, gid, groups = _ids(user)
    root = Path(tempfile.mkdtemp(prefix="twilio-async-pg-"))
    data = root / "data"
    data.mkdir()
    proc: subprocess.Popen[bytes] | None = None
    try:
        _initdb(data, user)
        log = open(root / "postgres.log", "wb")  # noqa: SIM115 (closed below)
        problem = ""
        for _ in range(3):  # the free port may be taken between probing and binding
            port = _free_port()
            server = PostgresServer("127.0.0.1", port, USER, PASSWORD, DATABASE, data)
            proc = subprocess.Popen(
                [
                    postgres,
                    "-D",
                    str(data),
                    "-p",
                    str(port),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    f"unix_socket_directories={data}",
                    "-c",
                    "fsync=on",
                    "-c",
                    "synchronous_commit=on",
                    "-c",
                    "max_connections=200",
                    "-c",
                    "deadlock_timeout=200ms",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                user=uid,
                group=gid,
                extra_groups=groups,
            )
            try:
                asyncio.run(_wait_ready(server, proc))
                break
            except Exception as err:
                problem = f"{type(err).__name__}: {err}"
                _stop(proc)
                proc = None
        else:
            log.close()
            text = (root / "postgres.log").read_text(errors="replace")[-4000:]
            pytest.fail(
                f"PostgreSQL did not start ({problem}); its log ends:\n{text}", pytrace=False
            )
        try:
            yield server
        finally:
            _stop(proc)
            log.close()
    finally:
        if proc is not None:
            _stop(proc)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the whole test session (tests use their own campaigns)."""
    with running_postgres() as server:
        yield server
