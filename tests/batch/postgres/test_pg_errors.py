"""Failures: unreachable server, bad password, lost connection, trio, URLs; no password shown."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path

import asyncpg
import pytest
import trio

from tests.support.pg_journal import ACCOUNT, TARGET, rows
from tests.support.postgres import PostgresServer
from twilio_async.batch import JournalError
from twilio_async.batch._journal import Journal
from twilio_async.batch._journal_url import from_url
from twilio_async.batch._pg_conn import import_asyncpg
from twilio_async.batch._pg_dsn import redact_url
from twilio_async.batch._pg_journal import PostgresJournal

WRONG = "not-the-password-7e2a"


def _texts(err: BaseException) -> list[str]:
    """Everything an error shows, down its whole cause/context chain."""
    out: list[str] = []
    seen: set[int] = set()
    todo: list[BaseException | None] = [err]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        out += [str(e), repr(e), *map(repr, e.args)]
        todo += [e.__cause__, e.__context__]
    return out


def _assert_no_secret(err: BaseException, *secrets: str) -> None:
    for text in _texts(err):
        for secret in secrets:
            assert secret not in text, f"secret in {text!r}"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port  # nothing listens there once the socket is closed


async def test_an_unreachable_server_is_a_journal_error_without_the_password(
    postgres_server: PostgresServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    url = postgres_server.url(port=_closed_port())
    journal = PostgresJournal(url, campaign="c", connect_timeout=10)
    with pytest.raises(JournalError) as info:
        await journal.open(account=ACCOUNT, target=TARGET)
    message = str(info.value)
    assert "cannot connect" in message and "unreachable" in message
    assert "postgres:***@127.0.0.1" in message
    _assert_no_secret(info.value, postgres_server.password)
    assert postgres_server.password not in repr(journal)
    assert postgres_server.password not in caplog.text
    await journal.aclose()


async def test_a_wrong_password_is_a_journal_error_without_either_password(
    postgres_server: PostgresServer,
) -> None:
    journal = PostgresJournal(postgres_server.url(password=WRONG), campaign="c")
    with pytest.raises(JournalError, match="authentication failed") as info:
        await journal.connect()
    _assert_no_secret(info.value, WRONG, postgres_server.password)
    await journal.aclose()


async def test_a_password_in_the_query_is_hidden_too(postgres_server: PostgresServer) -> None:
    s = postgres_server
    url = f"postgresql://{s.user}@{s.host}:{_closed_port()}/{s.database}?password={WRONG}"
    journal = PostgresJournal(url, campaign="c")
    assert WRONG not in repr(journal) and "password=***" in repr(journal)
    with pytest.raises(JournalError) as info:
        await journal.connect()
    _assert_no_secret(info.value, WRONG)


async def test_a_missing_database_is_a_journal_error(postgres_server: PostgresServer) -> None:
    s = postgres_server
    url = f"postgresql://{s.user}:{s.password}@{s.host}:{s.port}/no_such_db"
    with pytest.raises(JournalError, match="no_such_db") as info:
        await PostgresJournal(url, campaign="c").connect()
    _assert_no_secret(info.value, s.password)


async def test_a_lost_connection_never_loses_an_outcome_silently(
    dsn: str, campaign: str, admin: asyncpg.Connection, postgres_server: PostgresServer
) -> None:
    journal = PostgresJournal(dsn, campaign=campaign, pool_size=1)
    await journal.open(account=ACCOUNT, target=TARGET)
    try:
        await journal.load(campaign, rows(3), account=ACCOUNT, target=TARGET)
        claims = await journal.claim("w", 3, 600)
        assert len(await journal.in_flight("w", [(c.key, None, 1.0) for c in claims])) == 3
        pid = await journal._pool.fetchval("SELECT pg_backend_pid()")  # type: ignore[union-attr]
        await admin.execute("SELECT pg_terminate_backend($1)", pid)
        await journal.sent("#0", "SM" + "0" * 32)  # queued: the commit will fail
        with pytest.raises(JournalError) as info:
            await journal.sync()
        assert "not committed" in str(info.value)
        _assert_no_secret(info.value, postgres_server.password)
        # every later call says so too: the worker stops
        with pytest.raises(JournalError):
            await journal.failed("#1", {"reason": "x"}, False)
        with pytest.raises(JournalError):
            await journal.in_flight("w", [("#2", None, 1.0)])
        with pytest.raises(JournalError):
            await journal.claim("w", 1)
    finally:
        await journal.aclose()
    with pytest.raises(JournalError):
        journal.check()
    # nothing was recorded as sent; the rows are still in flight (the sweeper's to resolve)
    states = await admin.fetch(
        "SELECT state FROM twilio_async_items WHERE campaign = $1 ORDER BY key", campaign
    )
    assert [r[0] for r in states] == [1, 1, 1]


async def test_a_failed_write_ahead_says_send_nothing(
    dsn: str, campaign: str, admin: asyncpg.Connection
) -> None:
    journal = PostgresJournal(dsn, campaign=campaign, pool_size=1)
    await journal.open(account=ACCOUNT, target=TARGET)
    try:
        await journal.load(campaign, rows(1), account=ACCOUNT, target=TARGET)
        await journal.claim("w", 1, 600)
        pid = await journal._pool.fetchval("SELECT pg_backend_pid()")  # type: ignore[union-attr]
        await admin.execute("SELECT pg_terminate_backend($1)", pid)
        with pytest.raises(JournalError):
            await journal.in_flight("w", [("#0", None, 1.0)])
    finally:
        await journal.aclose()


def test_under_trio_the_journal_refuses_clearly(dsn: str) -> None:
    journal = PostgresJournal(dsn, campaign="c")

    async def main() -> None:
        with pytest.raises(JournalError, match="asyncio only"):
            await journal.connect()

    trio.run(main)


def test_without_asyncpg_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "asyncpg", None)
    with pytest.raises(JournalError, match=r"twilio-async\[postgres\]"):
        import_asyncpg()


async def test_another_schema_version_is_refused(dsn: str, admin: asyncpg.Connection) -> None:
    async with PostgresJournal(dsn, schema="versioned") as j:
        assert j.tables.items == '"versioned"."twilio_async_items"'
    await admin.execute("UPDATE versioned.twilio_async_meta SET value = '99'")
    with pytest.raises(JournalError, match="schema version '99'"):
        await PostgresJournal(dsn, schema="versioned").connect()


async def test_schemas_keep_journals_apart(dsn: str) -> None:
    async with (
        PostgresJournal(dsn, schema="one", campaign="c") as a,
        PostgresJournal(dsn, schema="two", campaign="c") as b,
    ):
        await a.load("c", rows(3), account=ACCOUNT, target=TARGET)
        await b.load("c", rows(5), account=ACCOUNT, target=TARGET)
        assert sum((await a.counts()).values()) == 3
        assert sum((await b.counts()).values()) == 5
    with pytest.raises(ValueError, match="schema"):
        PostgresJournal(dsn, schema='x"; DROP TABLE y; --')


def test_from_url_picks_the_journal(tmp_path: Path, postgres_server: PostgresServer) -> None:
    url = postgres_server.dsn + "?campaign=spring&schema=s1&lease=30&sslmode=disable"
    journal = from_url(url)
    assert isinstance(journal, PostgresJournal)
    assert (journal.campaign, journal.tables.schema, journal.lease) == ("spring", "s1", 30.0)
    assert "sslmode=disable" in journal.display_url and "campaign" not in journal.display_url
    assert postgres_server.password not in repr(journal)
    assert from_url("postgres://u@h/db", campaign="x").campaign == "x"  # type: ignore[union-attr]

    for given, path in (
        (str(tmp_path / "a.db"), tmp_path / "a.db"),
        (tmp_path / "b.db", tmp_path / "b.db"),
        ("sqlite:///rel/c.db", Path("rel/c.db")),
        (f"sqlite:///{tmp_path}/d.db", tmp_path / "d.db"),
    ):
        sqlite = from_url(given)
        assert isinstance(sqlite, Journal) and sqlite.path == path


def test_from_url_refuses_what_it_cannot_use(postgres_server: PostgresServer) -> None:
    with pytest.raises(ValueError, match="unsupported journal scheme 'mysql'") as info:
        from_url(f"mysql://u:{WRONG}@h/db")
    assert WRONG not in str(info.value)
    with pytest.raises(ValueError, match="url is empty"):
        from_url("  ")
    with pytest.raises(ValueError, match="campaign"):
        from_url("run.db", campaign="c")
    with pytest.raises(ValueError, match="lease") as info:
        from_url(f"postgresql://u:{WRONG}@h/db?lease=soon")
    assert WRONG not in str(info.value)
    with pytest.raises(ValueError, match="sqlite"):
        from_url("sqlite://")
    with pytest.raises(ValueError, match="url must be a postgresql"):
        PostgresJournal("http://example.invalid/")


def test_redact_url() -> None:
    assert redact_url("postgresql://u:p%40ss@h:5/db?sslmode=require") == (
        "postgresql://u:***@h:5/db?sslmode=require"
    )
    assert redact_url("postgresql://h/db?password=x&user=u") == (
        "postgresql://h/db?password=***&user=u"
    )
    assert redact_url("postgresql://u@h/db") == "postgresql://u@h/db"
