"""``CampaignJournal``: the sender's journal calls, made on a PostgreSQL campaign journal.

The worker pool and the reconciliation phase talk to a ``Journal`` (SQLite's API:
``sent(key, pos, digest, sid)``, ``failed(...)``, ``uncertain(...)``, ``claimed(sids)``,
``sync()``, ``check()``). In campaign mode this subclass forwards those calls to a
``PostgresJournal`` under the worker's owner name, so the per-item path is the same
in both modes. Its ``flusher`` task (which the run starts for the journal's life)
keeps this owner's leases alive; ``aclose`` returns rows still claimed by this owner
to the shared queue (a graceful stop), then closes the connections.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

import anyio

from ._journal import Journal, Row
from ._pg_journal import PostgresJournal

log = logging.getLogger("twilio_async.batch")

#: What a 2xx without a SID is recorded as (uncertain: it cannot be looked up by SID).
_NO_SID = {
    "reason": "no SID",
    "message": "the create was answered without a SID",
    "status": None,
    "code": None,
    "retryable": False,
}


class CampaignJournal(Journal):
    """A ``Journal`` whose writes go to ``pg`` as ``owner`` (campaign mode of a run)."""

    def __init__(self, pg: PostgresJournal, *, owner: str) -> None:
        super().__init__(None)
        self.pg = pg
        self.owner = owner
        self.durable = True
        self._renewing: anyio.CancelScope | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"<CampaignJournal {self.pg!r} owner={self.owner!r}>"

    # ------------------------------------------------------------ life

    async def open(self, *, account: str, target: str) -> None:
        await self.pg.open(account=account, target=target)

    async def flusher(self) -> None:
        """Renew this owner's leases until ``aclose`` (the PG journal commits by itself)."""
        if self._closed:
            return
        with anyio.CancelScope() as scope:
            self._renewing = scope
            await self.pg.keep_leases(self.owner)

    async def aclose(self) -> None:
        """Claimed rows back to the queue, then close (idempotent; never raises)."""
        if self._closed:
            return
        self._closed = True
        if self._renewing is not None:
            self._renewing.cancel()
        with anyio.CancelScope(shield=True):
            try:
                released = await self.pg.release(self.owner)
                if released:
                    log.info(
                        "campaign worker %s: %d claimed rows back to pending", self.owner, released
                    )
            except Exception as err:  # their leases run out; the sweeper returns them
                log.warning("campaign worker %s: could not release claims: %s", self.owner, err)
            await self.pg.aclose()

    def check(self) -> None:
        self.pg.check()

    def commit_soon(self) -> anyio.Event:
        done = anyio.Event()
        done.set()  # every PG write-ahead is committed before it returns
        return done

    async def sync(self) -> None:
        await self.pg.sync()

    # ------------------------------------------------------------ writes

    async def in_flight(
        self, key: str, pos: int, digest: str | None, fingerprint: str | None, now: float
    ) -> None:
        raise TypeError("campaign rows go in flight through CampaignSource.write_ahead")

    async def sent(self, key: str, pos: int, digest: str | None, sid: str) -> None:
        if sid:
            await self.pg.sent(key, sid)
        else:
            await self.pg.uncertain(key, _NO_SID, owner=self.owner)

    async def failed(
        self, key: str, pos: int, digest: str | None, error: dict[str, Any], retryable: bool
    ) -> None:
        await self.pg.failed(key, error, retryable, owner=self.owner)

    async def uncertain(self, key: str, error: dict[str, Any]) -> None:
        await self.pg.uncertain(key, error, owner=self.owner)

    async def pending(self, key: str) -> None:
        await self.pg.pending(key)

    # ------------------------------------------------------------ reads

    async def lookup(self, keys: Sequence[str]) -> dict[str, Row]:
        return {}  # claims carry what the worker needs

    async def claimed(self, sids: Iterable[str]) -> set[str]:
        return await self.pg.claimed_sids(sids)

    async def unresolved(self, batch: int = 200) -> AsyncIterator[Row]:
        async for row in self.pg.unresolved(batch=batch):
            yield Row(
                row.key,
                row.state,
                row.sid,
                row.digest,
                json.dumps(row.error) if row.error is not None else None,
                row.retryable,
                0,
                row.pos,
                row.fingerprint,
                row.first_attempt,
                row.last_attempt,
            )

    async def counts(self) -> dict[str, int]:
        return await self.pg.counts()
