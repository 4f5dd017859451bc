"""The journal: one SQLite row per item, so a run can be resumed without sending twice.

The standard library's ``sqlite3`` runs in a worker thread (``anyio.to_thread`` with
a capacity of one, so a single connection is used serially): no async driver to
depend on, and the event loop never waits on disk.

Writes are queued and applied in batches, one transaction each: whatever was
queued while the previous transaction committed goes into the next one (group
commit), so the cost per item is a fraction of a commit however fast items go.
``await journal.sync()`` waits until everything queued so far is committed; the
sender does that before a create leaves the process (write-ahead), so an item
can never be sent without the journal knowing it may have been.

Item states: ``pending`` (0, known not created: send it), ``in_flight`` (1, a
request went out, no answer recorded yet), ``sent`` (2, with its SID), ``failed``
(3, with the error; ``retryable`` when provably not created), ``uncertain`` (4,
the answer was lost).

Without a path, the journal is *ephemeral*: a temporary file, not synced, deleted
at the end, that only records SIDs of sent items. Reconciliation needs those to
tell which of several identical messages belong to items already accounted for,
and keeping them on disk is what keeps memory flat for any batch size.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

import anyio

from .._errors import TwilioError

PENDING, IN_FLIGHT, SENT, FAILED, UNCERTAIN = 0, 1, 2, 3, 4
STATE_NAMES = {
    PENDING: "pending",
    IN_FLIGHT: "in_flight",
    SENT: "sent",
    FAILED: "failed",
    UNCERTAIN: "uncertain",
}

SCHEMA_VERSION = "1"

#: Queued writes beyond this make writers wait for a commit (the journal cannot fall behind).
MAX_QUEUED_WRITES = 20_000
#: Writes nobody waits for are committed after this many seconds, or this many queued.
LAZY_DELAY = 0.05
LAZY_BATCH = 2000
#: Keys per ``IN (...)`` lookup (well under SQLite's parameter limit).
LOOKUP_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    pos INTEGER,
    digest TEXT,
    state INTEGER NOT NULL,
    sid TEXT,
    error TEXT,
    retryable INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_attempt REAL,
    last_attempt REAL,
    fingerprint TEXT,
    run INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS items_sid ON items (sid) WHERE sid IS NOT NULL;
CREATE INDEX IF NOT EXISTS items_unresolved ON items (state) WHERE state IN (1, 4);
"""

_IN_FLIGHT = """
INSERT INTO items (key, pos, digest, state, attempts, first_attempt, last_attempt,
                   fingerprint, run)
VALUES (?, ?, ?, 1, 1, ?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
    state = 1,
    attempts = items.attempts + 1,
    first_attempt = CASE WHEN items.state IN (1, 4) AND items.first_attempt IS NOT NULL
                    THEN items.first_attempt ELSE excluded.first_attempt END,
    last_attempt = excluded.last_attempt,
    pos = excluded.pos,
    digest = excluded.digest,
    fingerprint = excluded.fingerprint,
    run = excluded.run,
    error = NULL,
    retryable = 0
"""
_SENT = """
INSERT INTO items (key, pos, digest, state, sid, run) VALUES (?, ?, ?, 2, ?, ?)
ON CONFLICT (key) DO UPDATE SET state = 2, sid = excluded.sid, error = NULL, retryable = 0
"""
_FAILED = """
INSERT INTO items (key, pos, digest, state, error, retryable, run) VALUES (?, ?, ?, 3, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET state = 3, error = excluded.error,
    retryable = excluded.retryable
"""
_UNCERTAIN = "UPDATE items SET state = 4, error = ? WHERE key = ?"
_PENDING = "UPDATE items SET state = 0, error = NULL WHERE key = ?"


class JournalError(TwilioError):
    """The journal cannot be used for this run."""


class JournalMismatchError(JournalError):
    """The journal was written for other input, another account or another resource.

    Resuming with it could skip items that were never sent or send items twice, so
    the run stops. Give items stable keys (``BatchItem(key=...)``, ``--key-column``)
    when the input may change between runs.
    """


class Row(NamedTuple):
    """What the journal knows about one item.

    A named tuple: read back by the chunk (a resumed run reads one per item), and a
    tuple is built in C where a frozen dataclass sets each field through Python.
    """

    key: str
    state: int
    sid: str | None
    digest: str | None
    error: str | None
    retryable: bool
    run: int
    pos: int | None = None
    fingerprint: str | None = None
    first_attempt: float | None = None
    last_attempt: float | None = None


class Journal:
    """An item journal in SQLite. ``await journal.open(...)`` before use, ``aclose()`` after."""

    def __init__(self, path: str | os.PathLike[str] | None, *, synchronous: str = "FULL"):
        self.durable = path is not None
        self.path = Path(path) if path is not None else None
        if synchronous.upper() not in ("FULL", "NORMAL", "EXTRA"):
            raise ValueError("synchronous must be FULL, NORMAL or EXTRA")
        self._synchronous = synchronous.upper()
        self._conn: sqlite3.Connection | None = None
        self._thread = anyio.CapacityLimiter(1)
        self._ops: list[tuple[str, tuple[Any, ...]]] = []
        self._pending_done = anyio.Event()  # set when the ops now queued are committed
        self._running_done: anyio.Event | None = None  # the commit in progress, if any
        self._wake = anyio.Event()
        self._closing = False
        self._flusher_done: anyio.Event | None = None
        self._temp: str | None = None
        self._broken: Exception | None = None
        self._urgent = False
        self._oldest = 0.0
        #: The number of this run (1 for a new journal); rows written now carry it.
        self.run = 0
        #: True when the journal already held items when opened (a resumed run).
        self.resuming = False
        self.commits = 0
        self.rows_written = 0

    def __repr__(self) -> str:
        return f"<Journal {str(self.path) if self.path else 'ephemeral'} run={self.run}>"

    # ------------------------------------------------------------ thread plumbing

    async def _call(self, fn: Any, *args: Any) -> Any:
        return await anyio.to_thread.run_sync(partial(fn, *args), limiter=self._thread)

    def _db(self) -> sqlite3.Connection:
        assert self._conn is not None, "journal is not open"
        return self._conn

    # ------------------------------------------------------------ open / close

    async def open(self, *, account: str, target: str) -> None:
        """Create or check the journal. ``account`` and ``target`` must match earlier runs."""
        await self._call(self._open_sync, account, target)

    def _open_sync(self, account: str, target: str) -> None:
        if self.path is None:
            fd, self._temp = tempfile.mkstemp(prefix="twilio-async-batch-", suffix=".db")
            os.close(fd)
            conn = sqlite3.connect(self._temp, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
        else:
            conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=30
            )
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(f"PRAGMA synchronous={self._synchronous}")
            except sqlite3.DatabaseError as err:
                conn.close()
                raise JournalError(f"{self.path} is not a usable SQLite journal: {err}") from err
        self._conn = conn
        try:
            conn.executescript(_SCHEMA)
            meta = dict(conn.execute("SELECT name, value FROM meta").fetchall())
            if meta:
                expected = {"schema": SCHEMA_VERSION, "account": account, "target": target}
                for name, want in expected.items():
                    have = meta.get(name)
                    if have != want:
                        raise JournalMismatchError(
                            f"journal {self.path} was written for {name} {have!r}, "
                            f"this run is for {want!r}; use another journal file"
                        )
            self.run = int(meta.get("runs", "0")) + 1
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                [
                    ("schema", SCHEMA_VERSION),
                    ("account", account),
                    ("target", target),
                    ("runs", str(self.run)),
                ],
            )
            conn.execute("COMMIT")
            self.resuming = conn.execute("SELECT 1 FROM items LIMIT 1").fetchone() is not None
        except BaseException:
            self._close_sync()
            raise

    async def aclose(self) -> None:
        """Commit what is queued, stop the flusher and close the file (idempotent)."""
        self._closing = True
        self._wake.set()
        if self._flusher_done is not None:
            with anyio.CancelScope(shield=True):
                await self._flusher_done.wait()
        with anyio.CancelScope(shield=True):
            if self._ops and self._conn is not None:
                await self._flush_once()
            await self._call(self._close_sync)

    def _close_sync(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._temp is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self._temp + suffix)
            self._temp = None

    # ------------------------------------------------------------ writes

    async def flusher(self) -> None:
        """Apply queued writes until ``aclose()``; run it as a task for the journal's life.

        A ``sync()`` (a write-ahead) is committed at once, together with everything
        queued by then; writes nobody waits for (outcomes) ride along with those, or
        are committed after ``LAZY_DELAY`` or once ``LAZY_BATCH`` have queued up.
        """
        self._flusher_done = anyio.Event()
        try:
            while True:
                if self._ops and (
                    self._urgent
                    or self._closing
                    or len(self._ops) >= LAZY_BATCH
                    or time.monotonic() - self._oldest >= LAZY_DELAY
                ):
                    await anyio.sleep(0)  # writers ready to run add theirs to this commit
                    self._urgent = False
                    await self._flush_once()
                    continue
                if self._closing:
                    return
                if self._ops:  # outcomes only: commit them by LAZY_DELAY at the latest
                    wait = LAZY_DELAY - (time.monotonic() - self._oldest)
                    with anyio.move_on_after(max(wait, 0.0)):
                        await self._wake.wait()
                else:  # nothing queued: no timer; the first write queued wakes us
                    await self._wake.wait()
                self._wake = anyio.Event()
        finally:
            self._flusher_done.set()

    async def _flush_once(self) -> None:
        ops, self._ops = self._ops, []
        done, self._pending_done = self._pending_done, anyio.Event()
        self._running_done = done
        try:
            if self._broken is None:
                await self._call(self._apply, ops)
        except Exception as err:  # e.g. disk full: every later write and sync() reports it
            self._broken = err
        finally:
            self._running_done = None
            done.set()

    def check(self) -> None:
        """Raise ``JournalError`` if a write failed."""
        if self._broken is not None:
            raise JournalError(
                f"journal {self.path or '(temporary)'} cannot be written: {self._broken}"
            ) from self._broken

    def _apply(self, ops: list[tuple[str, tuple[Any, ...]]]) -> None:
        conn = self._db()
        conn.execute("BEGIN")
        try:
            start = 0
            while start < len(ops):  # consecutive writes of one kind go in one executemany
                sql = ops[start][0]
                end = start + 1
                while end < len(ops) and ops[end][0] is sql:
                    end += 1
                conn.executemany(sql, [args for _, args in ops[start:end]])
                start = end
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.commits += 1
        self.rows_written += len(ops)

    def _push(self, sql: str, args: tuple[Any, ...]) -> bool:
        """Queue one write; True when the queue is full and the writer must ``sync()``.

        Synchronous: a write costs a list append, not a coroutine, on the hot path.
        """
        if self._broken is not None:
            self.check()
        ops = self._ops
        if not ops:
            self._oldest = time.monotonic()
            self._wake.set()  # an idle flusher waits with no timer: give it its deadline
        ops.append((sql, args))
        queued = len(ops)
        if queued == LAZY_BATCH:
            self._wake.set()
        return queued >= MAX_QUEUED_WRITES

    def commit_soon(self) -> anyio.Event:
        """Ask for a commit now; the event is set once every write queued so far is committed."""
        if self._ops:
            self._urgent = True
            self._wake.set()
            return self._pending_done
        if self._running_done is not None:
            return self._running_done
        done = anyio.Event()
        done.set()
        return done

    async def sync(self) -> None:
        """Wait until every write queued so far is committed."""
        await self.commit_soon().wait()
        self.check()

    async def in_flight(
        self, key: str, pos: int, digest: str | None, fingerprint: str | None, now: float
    ) -> None:
        """A request for this item is about to leave (write-ahead; ``sync()`` before sending)."""
        if self.durable and self._push(
            _IN_FLIGHT, (key, pos, digest, now, now, fingerprint, self.run)
        ):
            await self.sync()

    async def sent(self, key: str, pos: int, digest: str | None, sid: str) -> None:
        if self._push(_SENT, (key, pos, digest, sid, self.run)):
            await self.sync()

    async def failed(
        self, key: str, pos: int, digest: str | None, error: dict[str, Any], retryable: bool
    ) -> None:
        if self.durable:
            args = (key, pos, digest, json.dumps(error), int(retryable), self.run)
            if self._push(_FAILED, args):
                await self.sync()

    async def uncertain(self, key: str, error: dict[str, Any]) -> None:
        if self.durable and self._push(_UNCERTAIN, (json.dumps(error), key)):
            await self.sync()

    async def pending(self, key: str) -> None:
        """Reconciliation proved the item was not created: it is to be sent."""
        if self.durable and self._push(_PENDING, (key,)):
            await self.sync()

    # ------------------------------------------------------------ reads

    async def lookup(self, keys: Sequence[str]) -> dict[str, Row]:
        """Rows for these keys (absent keys are left out)."""
        if not keys:
            return {}
        result: dict[str, Row] = await self._call(self._lookup_sync, list(keys))
        return result

    def _lookup_sync(self, keys: list[str]) -> dict[str, Row]:
        conn = self._db()
        out: dict[str, Row] = {}
        for i in range(0, len(keys), LOOKUP_CHUNK):
            chunk = keys[i : i + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            for key, state, sid, digest, error, retryable, run in conn.execute(
                "SELECT key, state, sid, digest, error, retryable, run FROM items "
                f"WHERE key IN ({marks})",
                chunk,
            ):
                out[key] = Row(key, state, sid, digest, error, bool(retryable), run)
        return out

    async def claimed(self, sids: Iterable[str]) -> set[str]:
        """Which of these SIDs are already recorded for some item (writes queued included)."""
        wanted = list(sids)
        if not wanted:
            return set()
        await self.sync()
        result: set[str] = await self._call(self._claimed_sync, wanted)
        return result

    def _claimed_sync(self, sids: list[str]) -> set[str]:
        conn = self._db()
        out: set[str] = set()
        for i in range(0, len(sids), LOOKUP_CHUNK):
            chunk = sids[i : i + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            out.update(
                sid
                for (sid,) in conn.execute(f"SELECT sid FROM items WHERE sid IN ({marks})", chunk)
            )
        return out

    async def unresolved(self, batch: int = 200) -> AsyncIterator[Row]:
        """Items left in flight or uncertain by an earlier run, in key order, a batch at a time."""
        after = ""
        while True:
            rows: list[Row] = await self._call(self._unresolved_sync, after, batch)
            for row in rows:
                yield row
            if len(rows) < batch:
                return
            after = rows[-1].key

    def _unresolved_sync(self, after: str, batch: int) -> list[Row]:
        conn = self._db()
        cur = conn.execute(
            "SELECT key, state, sid, digest, error, retryable, run, pos, fingerprint, "
            "first_attempt, last_attempt FROM items WHERE state IN (1, 4) AND key > ? "
            "ORDER BY key LIMIT ?",
            (after, batch),
        )
        return [
            Row(k, st, sid, dg, err, bool(rt), run, pos, fp, fa, la)
            for k, st, sid, dg, err, rt, run, pos, fp, fa, la in cur.fetchall()
        ]

    async def counts(self) -> dict[str, int]:
        """Items per state name."""
        result: dict[str, int] = await self._call(self._counts_sync)
        return result

    def _counts_sync(self) -> dict[str, int]:
        rows = self._db().execute("SELECT state, COUNT(*) FROM items GROUP BY state").fetchall()
        return {STATE_NAMES.get(state, str(state)): n for state, n in rows}


def read_counts(path: str | os.PathLike[str]) -> dict[str, int]:
    """Items per state in a journal file, read-only (for ``--dry-run`` and tests)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("SELECT state, COUNT(*) FROM items GROUP BY state").fetchall()
    except sqlite3.DatabaseError:  # no items table yet, or not a journal at all
        return {}
    finally:
        conn.close()
    return {STATE_NAMES.get(state, str(state)): n for state, n in rows}
