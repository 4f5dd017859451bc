"""The SQLite journal: group commits, states across runs, identity checks, failures."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest

from twilio_async.batch import JournalError, JournalMismatchError
from twilio_async.batch._journal import (
    FAILED,
    IN_FLIGHT,
    PENDING,
    SENT,
    UNCERTAIN,
    Journal,
    read_counts,
)

ACCOUNT = "AC" + "1" * 32


@asynccontextmanager
async def opened(
    path: Path | None, *, account: str = ACCOUNT, target: str = "MessageList"
) -> AsyncIterator[Journal]:
    journal = Journal(path)
    await journal.open(account=account, target=target)
    async with anyio.create_task_group() as tg:
        tg.start_soon(journal.flusher)
        try:
            yield journal
        finally:
            await journal.aclose()


async def test_writes_queued_together_commit_together(tmp_path: Path) -> None:
    async with opened(tmp_path / "j.db") as journal:
        for i in range(1000):
            await journal.in_flight(f"#{i}", i, "d", None, 1.0)
        await journal.sync()
        assert journal.rows_written == 1000
        assert journal.commits <= 2


async def test_an_outcome_on_an_idle_journal_is_committed_without_a_sync(tmp_path: Path) -> None:
    async with opened(tmp_path / "j.db") as journal:
        await anyio.sleep(0.01)  # the flusher is idle, with nothing queued
        await journal.sent("#0", 0, "d", "SM" + "0" * 32)  # nobody waits for this write
        with anyio.fail_after(30):  # lazily (after LAZY_DELAY), not at the next write-ahead
            while journal.commits == 0:
                await anyio.sleep(0.01)
        assert journal.rows_written == 1


async def test_concurrent_write_ahead_shares_commits(tmp_path: Path) -> None:
    async with opened(tmp_path / "j.db") as journal:

        async def one(i: int) -> None:
            await journal.in_flight(f"#{i}", i, "d", None, 1.0)
            await journal.sync()  # returns only once this row is committed

        async with anyio.create_task_group() as tg:
            for i in range(200):
                tg.start_soon(one, i)
        assert journal.rows_written == 200
        assert journal.commits <= 10
        rows = await journal.lookup([f"#{i}" for i in range(200)])
        assert len(rows) == 200 and {r.state for r in rows.values()} == {IN_FLIGHT}


async def test_states_survive_and_a_second_run_resumes(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    async with opened(path) as journal:
        assert journal.run == 1 and not journal.resuming
        for key, pos in (("a", 0), ("b", 1), ("c", 2), ("d", 3), ("e", 4)):
            await journal.in_flight(key, pos, f"digest-{key}", '{"to": "+1"}', 100.0 + pos)
        await journal.sent("a", 0, "digest-a", "SM" + "a" * 32)
        await journal.uncertain("b", {"reason": "connection error", "message": "dropped"})
        await journal.failed("c", 2, "digest-c", {"reason": "HTTP 400 code 21211"}, False)
        await journal.failed("d", 3, "digest-d", {"reason": "rate limited"}, True)
        # "e" stays in flight: the process died with the request out
    assert read_counts(path) == {"sent": 1, "uncertain": 1, "failed": 2, "in_flight": 1}

    async with opened(path) as journal:
        assert journal.run == 2 and journal.resuming
        rows = await journal.lookup(["a", "b", "c", "d", "e", "zzz"])
        assert set(rows) == {"a", "b", "c", "d", "e"}
        assert rows["a"].state == SENT and rows["a"].sid == "SM" + "a" * 32
        assert rows["b"].state == UNCERTAIN and "dropped" in (rows["b"].error or "")
        assert rows["c"].state == FAILED and not rows["c"].retryable
        assert rows["d"].state == FAILED and rows["d"].retryable
        assert rows["e"].state == IN_FLIGHT and rows["a"].run == 1
        unresolved = [row async for row in journal.unresolved(batch=1)]
        assert [r.key for r in unresolved] == ["b", "e"]
        assert unresolved[1].fingerprint == '{"to": "+1"}'
        assert unresolved[1].first_attempt == 104.0
        await journal.pending("e")  # reconciliation proved it absent
        await journal.sync()
        assert (await journal.lookup(["e"]))["e"].state == PENDING
        await journal.in_flight("e", 4, "digest-e", None, 200.0)  # sent again this run
        await journal.sync()
        again = [row async for row in journal.unresolved()]
        assert {r.key: r.first_attempt for r in again} == {"b": 101.0, "e": 200.0}
        assert await journal.claimed(["SM" + "a" * 32, "SM" + "f" * 32]) == {"SM" + "a" * 32}
        assert await journal.counts() == {"sent": 1, "uncertain": 1, "failed": 2, "in_flight": 1}


@pytest.mark.parametrize(
    ("account", "target"),
    [("AC" + "2" * 32, "MessageList"), (ACCOUNT, "CallList")],
)
async def test_a_journal_is_tied_to_its_account_and_resource(
    tmp_path: Path, account: str, target: str
) -> None:
    path = tmp_path / "j.db"
    async with opened(path):
        pass
    with pytest.raises(JournalMismatchError):
        async with opened(path, account=account, target=target):
            pass


async def test_a_file_that_is_not_a_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the rows you are looking for\n" * 100)
    with pytest.raises(JournalError):
        async with opened(path):
            pass


async def test_ephemeral_journal_keeps_sids_and_leaves_nothing_behind() -> None:
    journal = Journal(None)
    await journal.open(account=ACCOUNT, target="MessageList")
    temp = journal._temp
    assert temp is not None and os.path.exists(temp)
    async with anyio.create_task_group() as tg:
        tg.start_soon(journal.flusher)
        await journal.in_flight("#0", 0, None, None, 1.0)  # not kept: nothing resumes
        await journal.sent("#1", 1, None, "SM" + "1" * 32)
        assert await journal.claimed(["SM" + "1" * 32]) == {"SM" + "1" * 32}
        assert await journal.lookup(["#0"]) == {}
        await journal.aclose()
    assert not os.path.exists(temp)


async def test_a_failed_write_is_reported_not_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with opened(tmp_path / "j.db") as journal:

        def broken(ops: Any) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(journal, "_apply", broken)
        await journal.in_flight("#0", 0, None, None, 1.0)
        with pytest.raises(JournalError, match="disk I/O error"):
            await journal.sync()
        with pytest.raises(JournalError):
            await journal.sent("#0", 0, None, "SM" + "0" * 32)
