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
trio, ``connect()`` raises ``JournalError``. Modules: ``_pg_schema`` (tables), ``_pg_sql``
(statements), ``_pg_conn`` (pool, errors), ``_pg_load`` (COPY), ``_pg_writer`` (group
commit), ``_pg_types``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._pg_conn import PgConnection
from ._pg_load import LOAD_CHUNK, Rows, ensure_campaign, load_rows
from ._pg_schema import CLAIMED, IN_FLIGHT, PENDING, STATE_NAMES, UNCERTAIN
from ._pg_types import (
    LEASE_EXPIRED,
    MAX_KEY,
    Campaign,
    Claim,
    ItemRow,
    Swept,
    check_count,
    check_seconds,
    check_text,
    error_json,
)
from ._pg_writer import GroupWriter, Op, WriteAhead, runs

if TYPE_CHECKING:
    from ._pg_conn import Conn

log = logging.getLogger("twilio_async.batch.pg_journal")

#: Rows per statement when sweeping (each batch is one short transaction).
SWEEP_BATCH = 5000
#: SIDs per lookup in ``claimed_sids``.
SID_CHUNK = 10_000


class PostgresJournal(PgConnection):
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
        super().__init__(
            url,
            schema=schema,
            pool_size=pool_size,
            command_timeout=command_timeout,
            connect_timeout=connect_timeout,
        )
        self._bound: str | None = None if campaign is None else check_text("campaign", campaign)
        self.lease = check_seconds("lease", lease)
        self._writer: GroupWriter | None = None
        #: Owner of each key this instance claimed or put in flight (outcomes are fenced by it).
        self._owners: dict[str, str] = {}
        self._leases: dict[str, float] = {}
        #: SIDs recorded for items that already had another one (each a duplicate message).
        self.second_sids = 0

    @property
    def campaign(self) -> str | None:
        """The campaign the worker methods act on (set once: by the constructor or ``open``)."""
        return self._bound

    def __repr__(self) -> str:
        return f"<PostgresJournal {self.display_url} campaign={self.campaign!r}>"

    @property
    def commits(self) -> int:
        """Transactions the group writer committed."""
        return self._writer.commits if self._writer else 0

    @property
    def rows_written(self) -> int:
        """Rows the group writer committed (outcomes and write-aheads)."""
        return self._writer.rows_written if self._writer else 0

    # ------------------------------------------------------------ connect / close

    async def __aenter__(self) -> PostgresJournal:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def connect(self) -> None:
        """Connect, and create the tables if they are missing (idempotent)."""
        await self.pool()
        if self._writer is None:
            self._writer = GroupWriter(self._commit, self.reason)
            self._writer.start()

    async def aclose(self) -> None:
        """Commit what is queued, stop the writer and close the connections (idempotent).

        It does not raise: call ``check()`` after it to learn whether the last writes failed.
        """
        if self._writer is not None:
            await self._writer.stop()
        await self.close_pool()

    def check(self) -> None:
        """Raise ``JournalError`` if a write could not be committed."""
        if self._writer is not None:
            self._writer.check()

    async def _ready(self) -> GroupWriter:
        self.check()
        await self.connect()
        assert self._writer is not None
        return self._writer

    def _campaign(self, campaign: str | None = None) -> str:
        if campaign is not None:
            return check_text("campaign", campaign)
        if self._bound is None:
            raise ValueError("no campaign: give campaign= to the journal or to open()")
        return self._bound

    # ------------------------------------------------------------ campaigns and loading

    async def open(self, *, account: str, target: str, campaign: str | None = None) -> None:
        """Connect, and create the campaign or check it is for this account and target."""
        name = self._campaign(campaign)
        check_text("account", account)
        check_text("target", target)
        if self._bound is not None and self._bound != name:
            raise ValueError(
                f"campaign: this journal works on {self._bound!r}; open another for {name!r}"
            )
        self._bound = name
        await self._ready()

        async def body(conn: Conn) -> None:
            await ensure_campaign(self, conn, name, account, target)

        await self.transaction("opening the campaign", body)

    async def load(
        self,
        campaign: str,
        rows: Rows,
        *,
        account: str,
        target: str,
        chunk: int = LOAD_CHUNK,
        on_changed: Literal["error", "keep"] = "error",
    ) -> tuple[int, int]:
        """Add ``(key, pos, params)`` rows to a campaign; returns ``(added, already_present)``.

        Rows stream in chunks of ``chunk`` (COPY into a temporary table, then ``INSERT …
        ON CONFLICT``, one transaction per chunk), so memory is flat in the number of
        rows, and loading the same rows again adds nothing and never resets a row's
        state. A key already present with other params means the input changed (a row
        inserted shifts positional keys): ``on_changed="error"`` raises
        ``JournalMismatchError`` (rows of earlier chunks stay loaded; fix the input and
        load again), ``"keep"`` keeps the stored row and counts it as present.
        """
        name = check_text("campaign", campaign)
        check_text("account", account)
        check_text("target", target)
        check_count("chunk", chunk)
        if on_changed not in ("error", "keep"):
            raise ValueError("on_changed must be 'error' or 'keep'")
        await self._ready()
        return await load_rows(self, name, rows, account, target, chunk, on_changed)

    async def campaigns(self) -> list[Campaign]:
        """Every campaign in the journal, by name."""
        await self._ready()
        rows = await self.fetch("listing campaigns", self.sql.campaigns)
        return [Campaign(r[0], r[1], r[2], r[3]) for r in rows]

    async def campaign_info(self, campaign: str | None = None) -> Campaign | None:
        """One campaign (None if it was never loaded or opened)."""
        name = self._campaign(campaign)
        await self._ready()
        rows = await self.fetch("reading the campaign", self.sql.campaign, name)
        return Campaign(*rows[0]) if rows else None

    # ------------------------------------------------------------ claims and leases

    async def claim(self, owner: str, n: int, lease: float | None = None) -> list[Claim]:
        """Claim up to ``n`` claimable pending rows, in input order, for ``lease`` seconds.

        Rows another worker is claiming at the same moment are skipped, never shared;
        rows refused with a Retry-After are claimable once it has passed.
        """
        check_text("owner", owner)
        check_count("n", n)
        seconds = self.lease if lease is None else check_seconds("lease", lease)
        name = self._campaign()
        await self._ready()
        self._leases[owner] = seconds

        async def body(conn: Conn) -> list[Claim]:
            rows = await conn.fetch(self.sql.claim, name, n, owner, seconds)
            if rows:
                await self.bump(conn, {(name, PENDING): -len(rows), (name, CLAIMED): len(rows)})
            return [
                Claim(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6])
                for r in sorted(rows, key=lambda r: int(r[1]))
            ]

        claims = await self.transaction("claiming", body)
        for c in claims:
            self._owners[c.key] = owner
        return claims

    async def renew(self, owner: str, lease: float | None = None) -> int:
        """Extend the lease of this owner's claimed and in-flight rows; returns how many."""
        check_text("owner", owner)
        seconds = self._leases.get(owner, self.lease) if lease is None else lease
        seconds = check_seconds("lease", seconds)
        name = self._campaign()
        await self._ready()
        self._leases[owner] = seconds

        async def body(conn: Conn) -> int:
            status = await conn.execute(self.sql.renew, name, owner, seconds)
            return int(status.rpartition(" ")[2])

        return await self.transaction("renewing leases", body)

    async def keep_leases(self, owner: str, *, every: float | None = None) -> None:
        """Renew ``owner``'s leases every ``every`` seconds (a third of the lease) until
        cancelled: run it as a task beside the sender. A failure raises ``JournalError``."""
        check_text("owner", owner)
        interval = check_seconds("every", every) if every is not None else None
        while True:
            await asyncio.sleep(interval or self._leases.get(owner, self.lease) / 3)
            await self.renew(owner)

    async def release(self, owner: str) -> int:
        """Graceful stop: this owner's claimed rows back to pending (in-flight rows stay)."""
        check_text("owner", owner)
        name = self._campaign()
        await self.sync()

        async def body(conn: Conn) -> list[str]:
            rows = await conn.fetch(self.sql.release, name, owner)
            await self.bump(conn, {(name, CLAIMED): -len(rows), (name, PENDING): len(rows)})
            return [r[0] for r in rows]

        released = await self.transaction("releasing claims", body)
        for key in released:  # in-flight rows stay ours: their answers may still come
            if self._owners.get(key) == owner:
                del self._owners[key]
        return len(released)

    async def sweep(self, campaign: str | None = None, *, all_campaigns: bool = False) -> Swept:
        """Expired claims -> pending; expired in-flight rows -> uncertain (never pending).

        Acts on the journal's campaign (or ``campaign``), or on every campaign with
        ``all_campaigns=True``. Safe to run from any number of workers at once: rows
        being written elsewhere are skipped this time.
        """
        name = None if all_campaigns else self._campaign(campaign)
        await self._ready()
        claims = await self._sweep_one(self.sql.sweep_claims, (name, SWEEP_BATCH), CLAIMED, PENDING)
        error = json.dumps(LEASE_EXPIRED)
        args = (name, SWEEP_BATCH, error)
        in_flight = await self._sweep_one(self.sql.sweep_in_flight, args, IN_FLIGHT, UNCERTAIN)
        if claims or in_flight:
            log.info(
                "journal sweep: %d expired claims returned to pending, %d expired in-flight "
                "rows made uncertain",
                claims,
                in_flight,
            )
        return Swept(claims, in_flight)

    async def _sweep_one(self, sql: str, args: tuple[Any, ...], was: int, now: int) -> int:
        async def body(conn: Conn) -> int:
            rows = await conn.fetch(sql, *args)
            deltas: Counter[tuple[str, int]] = Counter()
            for (campaign_name,) in rows:
                deltas[(campaign_name, was)] -= 1
                deltas[(campaign_name, now)] += 1
            await self.bump(conn, deltas)
            return len(rows)

        total = 0
        while True:  # batches, each a short transaction
            count = await self.transaction("sweeping", body)
            total += count
            if count < SWEEP_BATCH:
                return total

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
        check_text("owner", owner)
        checked: list[tuple[str, str | None, float]] = []
        for item in items:
            key, fingerprint, now = item
            check_text("key", key, MAX_KEY)
            if fingerprint is not None and not isinstance(fingerprint, str):
                raise TypeError("fingerprint must be a string (JSON) or None")
            checked.append((key, fingerprint, check_seconds("now", now, positive=False)))
        self._campaign()
        writer = await self._ready()
        if not checked:
            return set()
        moved = await writer.write_ahead(owner, checked, self._leases.get(owner, self.lease))
        for key, _, _ in checked:
            if key in moved:
                self._owners[key] = owner
            elif self._owners.get(key) == owner:
                del self._owners[key]  # its claim is gone (swept, or never ours)
        return moved

    async def _commit(self, ops: list[Op], wal: list[WriteAhead]) -> set[str]:
        return await self.transaction("committing", lambda conn: self._apply(conn, ops, wal))

    async def _apply(self, conn: Conn, ops: list[Op], wal: list[WriteAhead]) -> set[str]:
        """Outcomes in order, then the write-aheads, then the counters: one transaction."""
        name = self._campaign()
        deltas: Counter[tuple[str, int]] = Counter()
        for kind, run in runs(ops):
            run = sorted(run, key=lambda op: op[1])  # rows are locked in key order
            keys = [key for _, key, _ in run]
            columns = [list(col) for col in zip(*(args for _, _, args in run), strict=True)]
            rows = await conn.fetch(self.sql.outcome[kind], name, keys, *columns)
            target = self.sql.outcome_state[kind]
            for (was,) in rows:
                deltas[(name, was)] -= 1
                deltas[(name, target)] += 1
            if kind == "sent" and len(rows) < len(run):
                await self._check_second_sids(conn, name, keys, columns[0])
        moved: set[str] = set()
        if wal:
            seen: set[str] = set()  # a key asked for twice goes to the first asker only
            flat: list[tuple[str, float, tuple[str, str | None, float]]] = []
            for w in wal:
                for item in w.items:
                    if item[0] not in seen:
                        seen.add(item[0])
                        flat.append((w.owner, w.lease, item))
            flat.sort(key=lambda f: f[2][0])  # rows are locked in key order
            rows = await conn.fetch(
                self.sql.in_flight,
                name,
                [item[0] for _, _, item in flat],
                [owner for owner, _, _ in flat],
                [item[1] for _, _, item in flat],
                [item[2] for _, _, item in flat],
                [lease for _, lease, _ in flat],
            )
            moved = {r[0] for r in rows}
            deltas[(name, CLAIMED)] -= len(moved)
            deltas[(name, IN_FLIGHT)] += len(moved)
        await self.bump(conn, deltas)
        return moved

    async def _check_second_sids(
        self, conn: Conn, name: str, keys: list[str], sids: list[str]
    ) -> None:
        """Warn about items already sent with another SID: the message went out twice."""
        rows = await conn.fetch(self.sql.other_sids, name, keys, sids)
        if rows:
            self.second_sids += len(rows)
            log.warning(
                "journal: %d items of campaign %r were already sent with another SID (the "
                "message was created twice; the first SID is kept), e.g. key %r",
                len(rows),
                name,
                rows[0][0][:60],
            )

    # ------------------------------------------------------------ outcomes (lazy)

    def _owner_of(self, key: str, owner: str | None, what: str) -> str:
        if owner is not None:
            return check_text("owner", owner)
        found = self._owners.get(key)
        if found is None:
            raise ValueError(
                f"{what}(): key {key[:60]!r} was not claimed through this journal; pass owner="
            )
        return found

    async def _queue(self, kind: str, key: str, args: tuple[Any, ...]) -> None:
        self._campaign()
        writer = await self._ready()
        await writer.queue((kind, key, args))

    async def sent(self, key: str, sid: str) -> None:
        """Twilio created it: state sent with its SID, whatever the row's state or owner."""
        check_text("key", key, MAX_KEY)
        check_text("sid", sid, 64)
        self._owners.pop(key, None)
        await self._queue("sent", key, (sid,))

    async def failed(
        self, key: str, error: Mapping[str, Any], retryable: bool, *, owner: str | None = None
    ) -> None:
        """Twilio refused it (or it was never sent): state failed, with the error."""
        check_text("key", key, MAX_KEY)
        text = error_json(error)
        who = self._owner_of(key, owner, "failed")
        self._owners.pop(key, None)
        await self._queue("failed", key, (who, text, bool(retryable)))

    async def refused(
        self,
        key: str,
        retry_after: float,
        *,
        owner: str | None = None,
        rate_limited: bool = True,
    ) -> None:
        """A 20429 (never processed): back to pending, claimable after ``retry_after`` seconds.

        ``rate_limited=False`` for other requests that provably did not take effect (a
        connection refused before sending, a 503 with Retry-After): the same, without
        counting a refusal.
        """
        check_text("key", key, MAX_KEY)
        seconds = check_seconds("retry_after", retry_after, positive=False)
        who = self._owner_of(key, owner, "refused")
        self._owners.pop(key, None)
        await self._queue("refused", key, (who, seconds, 1 if rate_limited else 0))

    async def uncertain(
        self, key: str, error: Mapping[str, Any], *, owner: str | None = None
    ) -> None:
        """The answer was lost: the request may have been processed (reconcile it)."""
        check_text("key", key, MAX_KEY)
        text = error_json(error)
        who = self._owner_of(key, owner, "uncertain")
        self._owners.pop(key, None)
        await self._queue("uncertain", key, (who, text))

    async def pending(self, key: str) -> None:
        """Reconciliation proved an uncertain item was not created: it is to be sent."""
        check_text("key", key, MAX_KEY)
        await self._queue("pending", key, ())

    async def sync(self) -> None:
        """Wait until every write queued so far is committed (``JournalError`` if one failed)."""
        writer = await self._ready()
        await writer.sync()

    # ------------------------------------------------------------ reads

    async def counts(self, campaign: str | None = None, *, recount: bool = False) -> dict[str, int]:
        """Items per state name (every state, zeros included) from the counters (one query).

        ``recount=True`` counts the items themselves instead (slow on big campaigns; tests
        compare the two).
        """
        name = self._campaign(campaign)
        await self._ready()
        rows = await self.fetch("counting", self.sql.recount if recount else self.sql.counts, name)
        out = dict.fromkeys(STATE_NAMES.values(), 0)
        for state, n in rows:
            out[STATE_NAMES.get(state, str(state))] = int(n)
        return out

    async def next_claimable(self, campaign: str | None = None) -> float | None:
        """Seconds until a pending row can be claimed (0: now); None when none is pending.

        For a worker that found nothing to claim: whether to wait (refused rows waiting
        out their Retry-After) or stop.
        """
        name = self._campaign(campaign)
        await self._ready()
        if await self.fetch("looking for claimable rows", self.sql.claimable_now, name):
            return 0.0
        rows = await self.fetch("looking for claimable rows", self.sql.soonest, name)
        soonest = rows[0][0] if rows else None
        return None if soonest is None else max(float(soonest), 0.0)

    async def unresolved(
        self, campaign: str | None = None, *, batch: int = 500
    ) -> AsyncIterator[ItemRow]:
        """Uncertain rows (to reconcile), in key order, read ``batch`` at a time."""
        name = self._campaign(campaign)
        check_count("batch", batch)
        await self._ready()
        after = ""
        while True:
            rows = await self.fetch(
                "reading uncertain rows", self.sql.unresolved, name, after, batch
            )
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
        if not all(isinstance(s, str) for s in wanted):
            raise TypeError("sids must be strings")
        if not wanted:
            return set()
        await self.sync()
        found: set[str] = set()
        for i in range(0, len(wanted), SID_CHUNK):
            chunk = wanted[i : i + SID_CHUNK]
            rows = await self.fetch("looking up SIDs", self.sql.claimed_sids, chunk)
            found.update(r[0] for r in rows)
        return found
