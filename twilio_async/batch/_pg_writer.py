"""Group commit for the PostgreSQL journal: many writers, one transaction at a time.

Outcome writes (``sent``, ``failed``, …) are queued and committed lazily; write-aheads
(``in_flight``) are committed at once, and every outcome queued by then rides along in
the same transaction. Whatever queues up while a transaction commits goes into the
next one, so concurrent callers share commits without waiting on a timer. A commit
that fails marks the writer *broken*: the callers waiting on it, and every later call,
get ``JournalError``; nothing is dropped without an error being raised.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ._journal import JournalError

log = logging.getLogger("twilio_async.batch.pg_journal")

#: Outcome writes nobody waits for are committed after this many seconds, or this many queued.
LAZY_DELAY = 0.05
LAZY_BATCH = 2000
#: Queued outcome writes beyond this make writers wait for a commit.
MAX_QUEUED_WRITES = 20_000

#: One queued outcome write: (kind, key, arguments).
Op = tuple[str, str, tuple[Any, ...]]


@dataclass
class WriteAhead:
    """One ``in_flight`` call waiting for the next commit."""

    owner: str
    items: list[tuple[str, str | None, float]]
    lease: float
    done: asyncio.Future[set[str]]


#: Commits outcomes and write-aheads in one transaction; returns the keys put in flight.
Commit = Callable[[list[Op], list[WriteAhead]], Awaitable[set[str]]]


def runs(ops: list[Op]) -> Iterable[tuple[str, list[Op]]]:
    """Consecutive writes of one kind, each key at most once per run (order is kept)."""
    run: list[Op] = []
    keys: set[str] = set()
    for op in ops:
        if run and (op[0] != run[0][0] or op[1] in keys):
            yield run[0][0], run
            run, keys = [], set()
        run.append(op)
        keys.add(op[1])
    if run:
        yield run[0][0], run


class GroupWriter:
    """Queues writes and commits them from one task (``start()``, then ``stop()``)."""

    def __init__(self, commit: Commit, describe: Callable[[BaseException], str]):
        self._commit = commit
        self._describe = describe
        self._ops: list[Op] = []
        self._wal: list[WriteAhead] = []
        self._oldest = 0.0
        self._urgent = False
        self._closing = False
        self._wake = asyncio.Event()
        self._queued_done = asyncio.Event()  # set once the writes now queued are committed
        self._running_done: asyncio.Event | None = None  # the commit in progress, if any
        self._task: asyncio.Task[None] | None = None
        #: Why writes failed (then every call raises ``JournalError`` with it).
        self.broken: str | None = None
        self.commits = 0
        self.rows_written = 0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Commit what is queued, then end the task (never raises)."""
        self._closing = True
        self._wake.set()
        task, self._task = self._task, None
        if task is not None:
            await asyncio.shield(task)

    def check(self) -> None:
        """Raise ``JournalError`` if a write could not be committed."""
        if self.broken is not None:
            raise JournalError(self.broken)

    async def queue(self, op: Op) -> None:
        """Queue an outcome write (committed lazily, or with the next write-ahead)."""
        self.check()
        if len(self._ops) >= MAX_QUEUED_WRITES:
            await self.sync()
        if not self._ops:
            self._oldest = time.monotonic()
            self._wake.set()  # the writer may be asleep with no deadline: start the clock
        self._ops.append(op)
        if len(self._ops) >= LAZY_BATCH:
            self._wake.set()

    async def write_ahead(
        self, owner: str, items: list[tuple[str, str | None, float]], lease: float
    ) -> set[str]:
        """Commit these rows in flight now (with everything queued); the keys that moved."""
        self.check()
        future: asyncio.Future[set[str]] = asyncio.get_running_loop().create_future()
        self._wal.append(WriteAhead(owner, items, lease, future))
        self._wake.set()
        return await future

    def commit_soon(self) -> asyncio.Event:
        """Ask for a commit now; the event is set once every write queued so far is committed."""
        if self._ops:
            self._urgent = True
            self._wake.set()
            return self._queued_done
        if self._running_done is not None:
            return self._running_done
        done = asyncio.Event()
        done.set()
        return done

    async def sync(self) -> None:
        """Wait until every write queued so far is committed (``JournalError`` if one failed)."""
        await self.commit_soon().wait()
        self.check()

    async def _run(self) -> None:
        while True:
            if self._wal or (
                self._ops
                and (
                    self._urgent
                    or self._closing
                    or len(self._ops) >= LAZY_BATCH
                    or time.monotonic() - self._oldest >= LAZY_DELAY
                )
            ):
                await asyncio.sleep(0)  # callers ready to run join this commit
                self._urgent = False
                await self._flush()
                continue
            if self._closing:
                return
            wait = LAZY_DELAY - (time.monotonic() - self._oldest) if self._ops else 3600.0
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(wait, 0.001))
            self._wake.clear()

    async def _flush(self) -> None:
        ops, self._ops = self._ops, []
        wal, self._wal = self._wal, []
        done, self._queued_done = self._queued_done, asyncio.Event()
        self._running_done = done
        try:
            self.check()
            accepted = await self._commit(ops, wal)
            self.commits += 1
            self.rows_written += len(ops) + sum(len(w.items) for w in wal)
            given: set[str] = set()  # a key asked for twice goes to the first asker only
            for w in wal:
                mine = {key for key, _, _ in w.items if key in accepted and key not in given}
                given |= mine
                if not w.done.done():
                    w.done.set_result(mine)
        except Exception as err:
            if self.broken is None:
                message = str(err) if isinstance(err, JournalError) else self._describe(err)
                lost = f"{len(ops)} outcome writes and {len(wal)} write-aheads not committed"
                self.broken = f"{message} ({lost}; this worker must stop)"
                log.error("journal writes lost: %s", self.broken)
            for w in wal:
                if not w.done.done():
                    w.done.set_exception(JournalError(self.broken))
        finally:
            self._running_done = None
            done.set()
