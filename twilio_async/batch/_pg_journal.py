"""The campaign journal in PostgreSQL: one row per message, and the work queue of many workers.

Many worker processes, on many hosts, send one campaign on one Twilio account. Each
row of ``items`` is a message and its state; workers take work by *claiming* pending
rows under a lease (``FOR UPDATE SKIP LOCKED``: no row is handed to two workers), mark
them in flight before each request leaves, and record what Twilio answered. Twilio
Messages have no idempotency key, so the rules are those that never send a message
twice and never lose one:

- ``in_flight`` is the write-ahead: committed before it returns, and *fenced*: only rows
  still claimed by this owner under a live lease move, and the keys it returns are the
  only ones that may be sent (a worker whose claim expired and was swept sends nothing).
- A SID always wins (``sent``), whatever the row's state or owner.
- A 20429 refusal (``refused``) was never processed: the row goes back to pending, with
  a ``not_before`` from its Retry-After, for this item alone.
- ``sweep`` returns expired *claims* to pending, and expired *in-flight* rows to
  ``uncertain``, never to pending: their request may have reached Twilio. Uncertain
  rows are reconciled by listing Twilio (``unresolved``, then ``sent`` or ``pending``).
- Outcomes other than ``sent`` apply only to rows this owner still holds (in flight or
  uncertain), so a late answer never touches a row another worker has since taken.

Per-campaign counters change in the same transaction as every state change, so
progress for all workers is one query (``counts``). Writes are grouped: concurrent
``in_flight`` calls share one transaction, and outcomes are committed lazily with them
(``sync()`` waits for them). A write that cannot be committed (the connection is lost)
is never dropped silently: every later call raises ``JournalError``; rows it left in
flight become uncertain through the sweeper and are reconciled.

asyncio only: the driver is asyncpg (``pip install 'twilio-async[postgres]'``). Under
trio, ``connect()`` raises ``JournalError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import math
import random
import time
from collections import Counter
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._journal import JournalError, JournalMismatchError
from ._pg_dsn import is_postgres_url, redact_url, scrub, secrets_of
from ._pg_schema import (
    CLAIMED,
    COUNTER_SLOTS,
    IN_FLIGHT,
    PENDING,
    SCHEMA_VERSION,
    SETUP_LOCK,
    STATE_NAMES,
    UNCERTAIN,
    Tables,
    check_schema_name,
)
from ._pg_sql import Sql

if TYPE_CHECKING:
    import asyncpg
    from asyncpg.pool import PoolConnectionProxy

    Conn = PoolConnectionProxy[asyncpg.Record]

log = logging.getLogger("twilio_async.batch.pg_journal")

#: Rows per COPY chunk when loading (memory holds about one chunk).
LOAD_CHUNK = 10_000
#: Outcome writes nobody waits for are committed after this many seconds, or this many queued.
LAZY_DELAY = 0.05
LAZY_BATCH = 2000
#: Queued outcome writes beyond this make writers wait for a commit.
MAX_QUEUED_WRITES = 20_000
#: Rows per statement when sweeping (each batch is one short transaction).
SWEEP_BATCH = 5000
#: Tries for a transaction PostgreSQL rolled back for a deadlock or serialization failure.
TRANSIENT_TRIES = 5
MAX_CAMPAIGN = 200
#: Error stored on an in-flight row whose lease expired.
LEASE_EXPIRED = {
    "reason": "lease expired",
    "message": "the worker's lease on this in-flight item expired: it may have been sent",
    "status": None,
    "code": None,
    "retryable": False,
}


@dataclass(frozen=True, slots=True)
class Claim:
    """A row claimed by a worker: what it needs to send the message."""

    key: str
    pos: int
    params: dict[str, Any]
    attempts: int
    refusals: int
    fingerprint: str | None
    first_attempt: float | None


@dataclass(frozen=True, slots=True)
class ItemRow:
    """Everything the journal holds about one item (``unresolved`` yields these)."""

    key: str
    pos: int
    params: dict[str, Any]
    digest: str | None
    state: int
    sid: str | None
    error: dict[str, Any] | None
    retryable: bool
    attempts: int
    refusals: int
    fingerprint: str | None
    first_attempt: float | None
    last_attempt: float | None
    owner: str | None

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(self.state, str(self.state))


@dataclass(frozen=True, slots=True)
class Campaign:
    """A campaign: its name, the account and resource it sends on, when it was created."""

    name: str
    account: str
    target: str
    created: datetime


class Swept(NamedTuple):
    """What ``sweep()`` did: expired claims made pending, expired in-flight rows made uncertain."""

    claims: int
    in_flight: int


#: One queued outcome write: (kind, key, arguments).
_Op = tuple[str, str, tuple[Any, ...]]


@dataclass
class _WriteAhead:
    """One ``in_flight`` call waiting for the next commit."""

    owner: str
    items: list[tuple[str, str | None, float]]
    lease: float
    done: asyncio.Future[set[str]]


def params_digest(params: Mapping[str, Any]) -> tuple[str, str]:
    """``(canonical JSON, digest)`` of an item's create() parameters."""
    text = json.dumps(params, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text, hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _import_asyncpg() -> Any:
    try:
        import asyncpg
    except ImportError:
        raise JournalError(
            "the PostgreSQL journal needs asyncpg: pip install 'twilio-async[postgres]'"
        ) from None
    return asyncpg


def _require_asyncio() -> None:
    import sniffio

    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        library = "no async library"
    if library != "asyncio":
        raise JournalError(
            f"the PostgreSQL journal runs on asyncio only (asyncpg), not under {library}; "
            "use the SQLite journal there"
        )


def _check_text(name: str, value: object, limit: int = MAX_CAMPAIGN) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"{name} must be a non-empty string of at most {limit} characters")
    return value


def _check_seconds(name: str, value: object, *, positive: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (positive and seconds == 0):
        raise ValueError(f"{name} must be a finite number of seconds > 0, not {value!r}")
    return seconds


def _error_json(error: Mapping[str, Any]) -> str:
    if not isinstance(error, Mapping):
        raise TypeError(
            f"error must be a mapping (ItemError.to_json()), not {type(error).__name__}"
        )
    try:
        return json.dumps(dict(error), allow_nan=False, default=str)
    except (TypeError, ValueError) as err:
        raise ValueError(f"error cannot be stored as JSON: {err}") from None


def _runs(ops: list[_Op]) -> Iterable[tuple[str, list[_Op]]]:
    """Consecutive writes of one kind, each key at most once per run (order is kept)."""
    run: list[_Op] = []
    keys: set[str] = set()
    for op in ops:
        if run and (op[0] != run[0][0] or op[1] in keys):
            yield run[0][0], run
            run, keys = [], set()
        run.append(op)
        keys.add(op[1])
    if run:
        yield run[0][0], run


class PostgresJournal:
    """A campaign journal and work queue in PostgreSQL (asyncio only; see the module docs).

    ``url`` is a ``postgresql://`` (or ``postgres://``) URL; its password is never shown.
    ``campaign`` is the campaign the worker methods act on (``claim``, ``in_flight``,
    outcomes, ``renew``, ``release``); ``load``, ``counts``, ``unresolved`` and ``sweep``
    take one explicitly too. ``schema`` puts the tables in that schema. ``lease`` is the
    default claim lease in seconds: renew more often than that (every ``lease / 3``),
    and keep it longer than the HTTP timeout. ``pool_size`` connections at most;
    ``command_timeout`` bounds each statement, ``connect_timeout`` each connection attempt.

    ``await journal.connect()`` (or ``async with journal:``) before use, ``aclose()`` after.
    """

    def __init__(
        self,
        url: str,
        *,
        campaign: str | None = None,
        schema: str | None = None,
        lease: float = 60.0,
        pool_size: int = 4,
        command_timeout: float = 30.0,
        connect_timeout: float = 10.0,
    ):
        if not isinstance(url, str) or not is_postgres_url(url):
            raise ValueError("url must be a postgresql:// or postgres:// URL")
        self._url = url
        self._secrets = secrets_of(url)
        #: The URL as shown in messages: without its password.
        self.display_url = redact_url(url)
        self.campaign = None if campaign is None else _check_text("campaign", campaign)
        self.tables = Tables(check_schema_name(schema))
        self.sql = Sql(self.tables)
        self.lease = _check_seconds("lease", lease)
        if isinstance(pool_size, bool) or not isinstance(pool_size, int) or pool_size < 1:
            raise ValueError(f"pool_size must be an int >= 1, not {pool_size!r}")
        self.pool_size = pool_size
        self.command_timeout = _check_seconds("command_timeout", command_timeout)
        self.connect_timeout = _check_seconds("connect_timeout", connect_timeout)
        #: This instance's counter slot (see ``_pg_schema``).
        self.slot = random.randrange(COUNTER_SLOTS)
        self._pool: asyncpg.Pool[asyncpg.Record] | None = None
        self._asyncpg: Any = None
        self._connecting: asyncio.Lock | None = None
        self._ops: list[_Op] = []
        self._wal: list[_WriteAhead] = []
        self._oldest = 0.0
        self._urgent = False
        self._wake: asyncio.Event | None = None
        self._queued_done: asyncio.Event | None = None  # set once the writes now queued commit
        self._running_done: asyncio.Event | None = None  # the commit in progress, if any
        self._writer_task: asyncio.Task[None] | None = None
        self._closing = False
        self._broken: str | None = None
        #: Owner of each key this instance claimed or put in flight (outcomes are fenced by it).
        self._owners: dict[str, str] = {}
        self._leases: dict[str, float] = {}
        self.commits = 0
        self.rows_written = 0

    def __repr__(self) -> str:
        return f"<PostgresJournal {self.display_url} campaign={self.campaign!r}>"

    # ------------------------------------------------------------ connect / close

    async def __aenter__(self) -> PostgresJournal:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _reason(self, err: BaseException) -> str:
        """What went wrong, in words that hold no secret."""
        pg = self._asyncpg
        if pg is not None and isinstance(
            err, (pg.InvalidPasswordError, pg.InvalidAuthorizationSpecificationError)
        ):
            text = f"authentication failed ({scrub(str(err), self._secrets)})"
        elif isinstance(err, (asyncio.TimeoutError, TimeoutError)):
            text = "no answer in time"
        elif isinstance(err, OSError):
            text = f"server unreachable ({scrub(err.strerror or str(err), self._secrets)})"
        else:
            text = f"{type(err).__name__}: {scrub(str(err), self._secrets)}"
        return text[:500]

    async def connect(self) -> None:
        """Connect, and create the tables if they are missing (idempotent)."""
        self._check_open()
        if self._pool is not None:
            return
        _require_asyncio()
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            if self._pool is not None:
                return
            self._asyncpg = _import_asyncpg()
            reason: str | None = None
            try:
                pool = await self._asyncpg.create_pool(
                    self._url,
                    min_size=1,
                    max_size=self.pool_size,
                    timeout=self.connect_timeout,
                    command_timeout=self.command_timeout,
                    server_settings={"application_name": "twilio_async journal"},
                )
            except Exception as err:  # raised below, outside this block: no chained secret
                reason = self._reason(err)
            if reason is not None:
                raise JournalError(
                    f"cannot connect to the PostgreSQL journal {self.display_url}: {reason}"
                )
            try:
                await self._setup(pool)
            except BaseException:
                pool.terminate()
                raise
            self._pool = pool
            self._wake = asyncio.Event()
            self._queued_done = asyncio.Event()
            self._writer_task = asyncio.get_running_loop().create_task(self._writer())

    async def _setup(self, pool: asyncpg.Pool[asyncpg.Record]) -> None:
        reason: str | None = None
        version: str | None = None
        try:
            async with pool.acquire() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock($1)", SETUP_LOCK)
                if await conn.fetchval("SELECT to_regclass($1)", self.tables.meta) is None:
                    await conn.execute(self.tables.ddl())
                    await conn.execute(
                        f"INSERT INTO {self.tables.meta} (name, value) VALUES ('schema', $1) "
                        "ON CONFLICT (name) DO NOTHING",
                        SCHEMA_VERSION,
                    )
                version = await conn.fetchval(
                    f"SELECT value FROM {self.tables.meta} WHERE name = 'schema'"
                )
        except Exception as err:
            reason = self._reason(err)
        if reason is not None:
            raise JournalError(f"cannot set up the PostgreSQL journal {self.display_url}: {reason}")
        if version != SCHEMA_VERSION:
            raise JournalError(
                f"the PostgreSQL journal {self.display_url} has schema version {version!r}; "
                f"this twilio_async uses {SCHEMA_VERSION!r}"
            )

    async def aclose(self) -> None:
        """Commit what is queued, stop the writer and close the connections (idempotent).

        It does not raise: call ``check()`` after it to learn whether the last writes failed.
        """
        self._closing = True
        task, self._writer_task = self._writer_task, None
        if task is not None and self._wake is not None:
            self._wake.set()
            await asyncio.shield(task)
        pool, self._pool = self._pool, None
        if pool is not None:
            try:
                await asyncio.wait_for(pool.close(), timeout=self.command_timeout)
            except Exception:  # a dead server: drop the connections
                pool.terminate()

    def _check_open(self) -> None:
        if self._closing:
            raise JournalError("the PostgreSQL journal is closed")

    async def _ready(self) -> asyncpg.Pool[asyncpg.Record]:
        self.check()
        self._check_open()
        if self._pool is None:
            await self.connect()
        assert self._pool is not None
        return self._pool

    def _campaign(self, campaign: str | None = None) -> str:
        if campaign is not None:
            return _check_text("campaign", campaign)
        if self.campaign is None:
            raise ValueError("no campaign: give campaign= to the journal or to this call")
        return self.campaign

    def check(self) -> None:
        """Raise ``JournalError`` if a write could not be committed."""
        if self._broken is not None:
            raise JournalError(self._broken)

    def _failure(self, what: str, err: BaseException) -> JournalError:
        return JournalError(f"PostgreSQL journal {self.display_url}: {what}: {self._reason(err)}")

    def _transient(self, err: BaseException) -> bool:
        pg = self._asyncpg
        return pg is not None and isinstance(err, (pg.DeadlockDetectedError, pg.SerializationError))

    async def _transaction(self, what: str, body: Any) -> Any:
        """Run ``body(conn)`` in a transaction, retried after a deadlock; errors -> JournalError."""
        pool = await self._ready()
        failure: BaseException | None = None
        for attempt in range(TRANSIENT_TRIES):
            try:
                async with pool.acquire() as conn, conn.transaction():
                    return await body(conn)
            except (JournalError, ValueError, TypeError):
                raise
            except Exception as err:
                failure = err
                if not self._transient(err) or attempt == TRANSIENT_TRIES - 1:
                    break
            await asyncio.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
        assert failure is not None
        raise self._failure(what, failure)

    async def _bump(self, conn: Conn, deltas: Mapping[tuple[str, int], int]) -> None:
        """Apply counter changes (in state order, so concurrent writers never deadlock)."""
        changes = sorted((k, d) for k, d in deltas.items() if d)
        if changes:
            await conn.execute(
                self.sql.bump,
                [c for (c, _), _ in changes],
                [s for (_, s), _ in changes],
                self.slot,
                [d for _, d in changes],
            )

    # ------------------------------------------------------------ campaigns and loading

    async def open(self, *, account: str, target: str, campaign: str | None = None) -> None:
        """Connect, and create the campaign or check it is for this account and target."""
        name = self._campaign(campaign)
        self.campaign = name
        await self._ready()

        async def body(conn: Conn) -> None:
            await self._ensure_campaign(conn, name, account, target)

        await self._transaction("opening the campaign", body)

    async def _ensure_campaign(self, conn: Conn, name: str, account: str, target: str) -> None:
        _check_text("account", account)
        _check_text("target", target)
        row = await conn.fetchrow(self.sql.ensure_campaign, name, account, target)
        if row is None:  # created by a concurrent transaction after this statement began
            row = await conn.fetchrow(self.sql.ensure_campaign, name, account, target)
        if row is None:
            raise JournalError(f"campaign {name!r} could not be created")
        for what, have, want in (("account", row[0], account), ("target", row[1], target)):
            if have != want:
                raise JournalMismatchError(
                    f"campaign {name!r} is for {what} {have!r}, not {want!r}: "
                    "use another campaign name"
                )

    async def load(
        self,
        campaign: str,
        rows: Iterable[tuple[str, int, Mapping[str, Any]]]
        | AsyncIterable[tuple[str, int, Mapping[str, Any]]],
        *,
        account: str,
        target: str,
        chunk: int = LOAD_CHUNK,
        on_changed: Literal["error", "keep"] = "error",
    ) -> tuple[int, int]:
        """Add ``(key, pos, params)`` rows to a campaign; returns ``(added, already_present)``.

        Rows stream in chunks of ``chunk`` (COPY into a temporary table, then ``INSERT …
        ON CONFLICT DO NOTHING``, one transaction per chunk), so memory is flat in the
        number of rows, and loading the same rows again adds nothing and never resets a
        row's state. A key already present with other params means the input changed
        (a row inserted shifts positional keys): ``on_changed="error"`` raises
        ``JournalMismatchError`` (rows of earlier chunks stay loaded; fix the input and
        load again), ``"keep"`` keeps the stored row and counts it as present.
        """
        name = _check_text("campaign", campaign)
        if isinstance(chunk, bool) or not isinstance(chunk, int) or chunk < 1:
            raise ValueError(f"chunk must be an int >= 1, not {chunk!r}")
        if on_changed not in ("error", "keep"):
            raise ValueError("on_changed must be 'error' or 'keep'")
        pool = await self._ready()
        added = present = 0
        reason: str | None = None
        try:
            async with pool.acquire() as conn:
                async with conn.transaction():
                    await self._ensure_campaign(conn, name, account, target)
                await conn.execute(self.sql.load_table)
                async for records in _chunks(rows, chunk):
                    async with conn.transaction():
                        await conn.copy_records_to_table(
                            self.sql.LOAD_TABLE,
                            records=records,
                            columns=["key", "pos", "params", "digest"],
                        )
                        n = await conn.fetchval(self.sql.load_insert, name)
                        if on_changed == "error":
                            changed = await conn.fetchrow(self.sql.load_changed, name)
                            if changed is not None and changed[0]:
                                raise JournalMismatchError(
                                    f"campaign {name!r}: {changed[0]} loaded keys already hold "
                                    f"other params (e.g. {changed[1][:60]!r}); the input "
                                    "changed since it was first loaded. Give rows stable keys"
                                )
                        await self._bump(conn, {(name, PENDING): n})
                    added += n
                    present += len(records) - n
        except (JournalError, ValueError, TypeError):
            raise
        except Exception as err:
            reason = self._reason(err)
        if reason is not None:
            raise JournalError(f"PostgreSQL journal {self.display_url}: loading failed: {reason}")
        return added, present

    async def campaigns(self) -> list[Campaign]:
        """Every campaign in the journal, by name."""
        pool = await self._ready()
        try:
            rows = await pool.fetch(
                f"SELECT name, account, target, created FROM {self.tables.campaigns} ORDER BY name"
            )
        except Exception as err:
            raise self._failure("listing campaigns", err) from None
        return [Campaign(r[0], r[1], r[2], r[3]) for r in rows]

    async def campaign_info(self, campaign: str | None = None) -> Campaign | None:
        """One campaign (None if it was never loaded or opened)."""
        name = self._campaign(campaign)
        pool = await self._ready()
        try:
            r = await pool.fetchrow(
                f"SELECT name, account, target, created FROM {self.tables.campaigns} "
                "WHERE name = $1",
                name,
            )
        except Exception as err:
            raise self._failure("reading the campaign", err) from None
        return None if r is None else Campaign(r[0], r[1], r[2], r[3])

    # ------------------------------------------------------------ claims and leases

    async def claim(self, owner: str, n: int, lease: float | None = None) -> list[Claim]:
        """Claim up to ``n`` claimable pending rows, in input order, for ``lease`` seconds.

        Rows another worker is claiming at the same moment are skipped, never shared;
        rows refused with a Retry-After are claimable once it has passed.
        """
        _check_text("owner", owner)
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError(f"n must be an int >= 1, not {n!r}")
        seconds = self.lease if lease is None else _check_seconds("lease", lease)
        name = self._campaign()
        self._leases[owner] = seconds

        async def body(conn: Conn) -> list[Claim]:
            rows = await conn.fetch(self.sql.claim, name, n, owner, seconds)
            if rows:
                await self._bump(conn, {(name, PENDING): -len(rows), (name, CLAIMED): len(rows)})
            return [
                Claim(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6])
                for r in sorted(rows, key=lambda r: int(r[1]))
            ]

        claims: list[Claim] = await self._transaction("claiming", body)
        for c in claims:
            self._owners[c.key] = owner
        return claims

    async def renew(self, owner: str, lease: float | None = None) -> int:
        """Extend the lease of this owner's claimed and in-flight rows; returns how many."""
        _check_text("owner", owner)
        seconds = self._leases.get(owner, self.lease) if lease is None else lease
        seconds = _check_seconds("lease", seconds)
        self._leases[owner] = seconds
        pool = await self._ready()
        try:
            status = await pool.execute(self.sql.renew, self._campaign(), owner, seconds)
        except Exception as err:
            raise self._failure("renewing leases", err) from None
        return int(status.rpartition(" ")[2])

    async def release(self, owner: str) -> int:
        """Graceful stop: this owner's claimed rows back to pending (in-flight rows stay)."""
        _check_text("owner", owner)
        name = self._campaign()
        await self.sync()

        async def body(conn: Conn) -> int:
            rows = await conn.fetch(self.sql.release, name, owner)
            await self._bump(conn, {(name, CLAIMED): -len(rows), (name, PENDING): len(rows)})
            return len(rows)

        count: int = await self._transaction("releasing claims", body)
        for key in [k for k, o in self._owners.items() if o == owner]:
            del self._owners[key]  # claimed ones are released; in-flight ones are swept
        return count

    async def sweep(self, campaign: str | None = None, *, all_campaigns: bool = False) -> Swept:
        """Expired claims -> pending; expired in-flight rows -> uncertain (never pending).

        Acts on the journal's campaign (or ``campaign``), or on every campaign with
        ``all_campaigns=True``. Safe to run from any number of workers at once: rows
        being written elsewhere are skipped this time.
        """
        name = None if all_campaigns else self._campaign(campaign)
        totals = [0, 0]
        for index, (sql, was, now) in enumerate(
            (
                (self.sql.sweep_claims, CLAIMED, PENDING),
                (self.sql.sweep_in_flight, IN_FLIGHT, UNCERTAIN),
            )
        ):
            while True:

                async def body(conn: Conn, sql: str = sql, was: int = was, now: int = now) -> int:
                    args: tuple[Any, ...] = (name, SWEEP_BATCH)
                    if now == UNCERTAIN:
                        args += (json.dumps(LEASE_EXPIRED),)
                    rows = await conn.fetch(sql, *args)
                    deltas: Counter[tuple[str, int]] = Counter()
                    for (campaign_name,) in rows:
                        deltas[(campaign_name, was)] -= 1
                        deltas[(campaign_name, now)] += 1
                    await self._bump(conn, deltas)
                    return len(rows)

                count: int = await self._transaction("sweeping", body)
                totals[index] += count
                if count < SWEEP_BATCH:
                    break
        if totals[0] or totals[1]:
            log.info(
                "journal sweep: %d expired claims returned to pending, %d expired in-flight "
                "rows made uncertain",
                totals[0],
                totals[1],
            )
        return Swept(totals[0], totals[1])

    # ------------------------------------------------------------ the write-ahead

    async def in_flight(
        self, owner: str, items: Sequence[tuple[str, str | None, float]]
    ) -> set[str]:
        """Mark claimed rows in flight before their requests leave; returns the keys to send.

        ``items`` are ``(key, fingerprint, now)`` (``now`` in epoch seconds). Only rows
        this owner still holds as claimed, under a live lease, move; keys left out of
        the answer must not be sent. Committed before it returns (concurrent calls
        share one transaction).
        """
        _check_text("owner", owner)
        checked: list[tuple[str, str | None, float]] = []
        for item in items:
            key, fingerprint, now = item
            _check_text("key", key, 10_000)
            if fingerprint is not None and not isinstance(fingerprint, str):
                raise TypeError("fingerprint must be a string (JSON) or None")
            checked.append((key, fingerprint, _check_seconds("now", now, positive=False)))
        self._campaign()
        await self._ready()
        if not checked:
            return set()
        assert self._wake is not None
        future: asyncio.Future[set[str]] = asyncio.get_running_loop().create_future()
        self._wal.append(_WriteAhead(owner, checked, self._leases.get(owner, self.lease), future))
        self._wake.set()
        return await future

    # ------------------------------------------------------------ outcomes (lazy)

    def _owner_of(self, key: str, owner: str | None, what: str) -> str:
        if owner is not None:
            return _check_text("owner", owner)
        found = self._owners.get(key)
        if found is None:
            raise ValueError(
                f"{what}(): key {key[:60]!r} was not claimed through this journal; pass owner="
            )
        return found

    async def _queue(self, kind: str, key: str, args: tuple[Any, ...]) -> None:
        await self._ready()
        if len(self._ops) >= MAX_QUEUED_WRITES:
            await self.sync()
        if not self._ops:
            self._oldest = time.monotonic()
        self._ops.append((kind, key, args))
        if len(self._ops) >= LAZY_BATCH and self._wake is not None:
            self._wake.set()

    async def sent(self, key: str, sid: str) -> None:
        """Twilio created it: state sent with its SID, whatever the row's state or owner."""
        _check_text("key", key, 10_000)
        _check_text("sid", sid, 64)
        self._owners.pop(key, None)
        await self._queue("sent", key, (sid,))

    async def failed(
        self, key: str, error: Mapping[str, Any], retryable: bool, *, owner: str | None = None
    ) -> None:
        """Twilio refused it (or it was never sent): state failed, with the error."""
        _check_text("key", key, 10_000)
        text = _error_json(error)
        who = self._owner_of(key, owner, "failed")
        self._owners.pop(key, None)
        await self._queue("failed", key, (who, text, bool(retryable)))

    async def refused(self, key: str, retry_after: float, *, owner: str | None = None) -> None:
        """A 20429 (never processed): back to pending, claimable after ``retry_after`` seconds."""
        _check_text("key", key, 10_000)
        seconds = _check_seconds("retry_after", retry_after, positive=False)
        who = self._owner_of(key, owner, "refused")
        self._owners.pop(key, None)
        await self._queue("refused", key, (who, seconds))

    async def uncertain(
        self, key: str, error: Mapping[str, Any], *, owner: str | None = None
    ) -> None:
        """The answer was lost: the request may have been processed (reconcile it)."""
        _check_text("key", key, 10_000)
        text = _error_json(error)
        who = self._owner_of(key, owner, "uncertain")
        self._owners.pop(key, None)
        await self._queue("uncertain", key, (who, text))

    async def pending(self, key: str) -> None:
        """Reconciliation proved an uncertain item was not created: it is to be sent."""
        _check_text("key", key, 10_000)
        await self._queue("pending", key, ())

    def commit_soon(self) -> asyncio.Event:
        """Ask for a commit now; the event is set once every write queued so far is committed."""
        if self._ops and self._queued_done is not None and self._wake is not None:
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

    # ------------------------------------------------------------ the writer

    async def _writer(self) -> None:
        assert self._wake is not None
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
        assert self._queued_done is not None
        ops, self._ops = self._ops, []
        wal, self._wal = self._wal, []
        done, self._queued_done = self._queued_done, asyncio.Event()
        self._running_done = done
        try:
            if self._broken is not None:
                raise JournalError(self._broken)
            accepted: set[str] = await self._transaction(
                "committing", lambda conn: self._apply(conn, ops, wal)
            )
            self.commits += 1
            self.rows_written += len(ops) + sum(len(w.items) for w in wal)
            given: set[str] = set()
            for w in wal:
                mine = {key for key, _, _ in w.items if key in accepted and key not in given}
                given |= mine
                for key, _, _ in w.items:
                    if key in mine:
                        self._owners[key] = w.owner
                    elif self._owners.get(key) == w.owner:
                        del self._owners[key]  # its claim is gone (swept, or never ours)
                if not w.done.done():
                    w.done.set_result(mine)
        except Exception as err:
            if self._broken is None:
                message = str(err) if isinstance(err, JournalError) else self._reason(err)
                self._broken = f"{message} ({len(ops)} outcome writes not committed)"
                log.error("journal writes lost: %s", self._broken)
            for w in wal:
                if not w.done.done():
                    w.done.set_exception(JournalError(self._broken))
        finally:
            self._running_done = None
            done.set()

    async def _apply(self, conn: Conn, ops: list[_Op], wal: list[_WriteAhead]) -> set[str]:
        name = self._campaign()
        deltas: Counter[tuple[str, int]] = Counter()
        for kind, run in _runs(ops):
            keys = [key for _, key, _ in run]
            columns = [list(col) for col in zip(*(args for _, _, args in run), strict=True)]
            rows = await conn.fetch(self.sql.outcome[kind], name, keys, *columns)
            target = self.sql.outcome_state[kind]
            for (was,) in rows:
                deltas[(name, was)] -= 1
                deltas[(name, target)] += 1
        accepted: set[str] = set()
        if wal:
            seen: set[str] = set()  # a key asked for twice goes to the first asker only
            flat = []
            for w in wal:
                for item in w.items:
                    if item[0] not in seen:
                        seen.add(item[0])
                        flat.append((w.owner, w.lease, item))
            rows = await conn.fetch(
                self.sql.in_flight,
                name,
                [item[0] for _, _, item in flat],
                [owner for owner, _, _ in flat],
                [item[1] for _, _, item in flat],
                [item[2] for _, _, item in flat],
                [lease for _, lease, _ in flat],
            )
            accepted = {r[0] for r in rows}
            deltas[(name, CLAIMED)] -= len(accepted)
            deltas[(name, IN_FLIGHT)] += len(accepted)
        await self._bump(conn, deltas)
        return accepted

    # ------------------------------------------------------------ reads

    async def counts(self, campaign: str | None = None, *, recount: bool = False) -> dict[str, int]:
        """Items per state name (every state, zeros included) from the counters (one query).

        ``recount=True`` counts the items themselves instead (slow on big campaigns; tests
        compare the two).
        """
        name = self._campaign(campaign)
        pool = await self._ready()
        sql = self.sql.recount if recount else self.sql.counts
        try:
            rows = await pool.fetch(sql, name)
        except Exception as err:
            raise self._failure("counting", err) from None
        out = dict.fromkeys(STATE_NAMES.values(), 0)
        for state, n in rows:
            out[STATE_NAMES.get(state, str(state))] = int(n)
        return out

    async def unresolved(
        self, campaign: str | None = None, *, batch: int = 500
    ) -> AsyncIterator[ItemRow]:
        """Uncertain rows (to reconcile), in key order, read ``batch`` at a time."""
        name = self._campaign(campaign)
        if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
            raise ValueError(f"batch must be an int >= 1, not {batch!r}")
        pool = await self._ready()
        after = ""
        while True:
            try:
                rows = await pool.fetch(self.sql.unresolved, name, after, batch)
            except Exception as err:
                raise self._failure("reading uncertain rows", err) from None
            for r in rows:
                yield ItemRow(
                    key=r[0],
                    pos=r[1],
                    params=json.loads(r[2]),
                    digest=r[3],
                    state=r[4],
                    sid=r[5],
                    error=None if r[6] is None else json.loads(r[6]),
                    retryable=r[7],
                    attempts=r[8],
                    refusals=r[9],
                    fingerprint=r[10],
                    first_attempt=r[11],
                    last_attempt=r[12],
                    owner=r[13],
                )
            if len(rows) < batch:
                return
            after = rows[-1][0]

    async def claimed_sids(self, sids: Iterable[str]) -> set[str]:
        """Which of these SIDs are already recorded for some item (queued writes included)."""
        wanted = list(dict.fromkeys(sids))
        if not wanted:
            return set()
        if not all(isinstance(s, str) for s in wanted):
            raise TypeError("sids must be strings")
        pool = await self._ready()
        await self.sync()
        found: set[str] = set()
        for i in range(0, len(wanted), 10_000):
            try:
                rows = await pool.fetch(self.sql.claimed_sids, wanted[i : i + 10_000])
            except Exception as err:
                raise self._failure("looking up SIDs", err) from None
            found.update(r[0] for r in rows)
        return found


async def _chunks(
    rows: Iterable[tuple[str, int, Mapping[str, Any]]]
    | AsyncIterable[tuple[str, int, Mapping[str, Any]]],
    size: int,
) -> AsyncIterator[list[tuple[str, int, str, str]]]:
    """Rows encoded for COPY (``key, pos, params JSON, digest``), ``size`` at a time."""
    buf: list[tuple[str, int, str, str]] = []
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            buf.append(_encode(row))
            if len(buf) >= size:
                yield buf
                buf = []
    else:
        for row in rows:
            buf.append(_encode(row))
            if len(buf) >= size:
                yield buf
                buf = []
                await asyncio.sleep(0)
    if buf:
        yield buf


def _encode(row: object) -> tuple[str, int, str, str]:
    if not isinstance(row, tuple) or len(row) != 3:
        raise TypeError("rows must be (key, pos, params) tuples")
    key, pos, params = row
    _check_text("key", key, 10_000)
    if isinstance(pos, bool) or not isinstance(pos, int) or pos < 0:
        raise ValueError(f"pos must be an int >= 0 (key {key[:60]!r})")
    if not isinstance(params, Mapping):
        raise TypeError(f"params must be a mapping (key {key[:60]!r})")
    try:
        text, digest = params_digest(params)
    except (TypeError, ValueError) as err:
        raise ValueError(f"params of key {key[:60]!r} are not JSON: {err}") from None
    return key, pos, text, digest
