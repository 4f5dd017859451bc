"""``CampaignSource``: the ``Source`` of a worker sending a PostgreSQL campaign.

Many worker processes (on many hosts) send one campaign; the journal's ``items``
table is their shared work queue. This source hands a run's workers the rows it
claimed and takes back what Twilio refused:

- ``next`` claims a batch (about the budget's limit, at least ``MIN_BATCH``) under a
  lease, the next one once half of it has gone out (so workers do not wait for claims),
  runs the sweeper every ``sweep_every`` seconds (any worker may), and, when
  nothing is claimable, waits while rows are pending with a future ``not_before`` or
  held (claimed or in flight) by any worker; once nothing is pending or held it runs
  a reconcile pass over uncertain rows (``CampaignReconcile``, one worker at a time)
  and ends when the campaign has nothing left that could be sent.
- ``write_ahead`` is the fenced ``in_flight``: keys it does not return are in
  ``WriteAhead.refused`` and leave this worker (another one owns them now).
- ``requeue(item, delay)`` is ``refused(key, retry_after=delay)``: the row goes back
  to the shared queue (a 429 is counted, a provably unsent retry is not), and the
  item leaves this run (whoever claims it next reports it).

Leases are renewed by the run's journal task (``CampaignJournal.flusher``), and on
a graceful stop rows still claimed go back to pending (``CampaignJournal.aclose``).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

import anyio

from ._campaign_reconcile import CampaignReconcile
from ._journal import Journal
from ._pg_journal import PostgresJournal
from ._pg_types import Claim
from ._results import Results
from ._source import Fingerprint, WorkItem, WriteAhead

#: Fewest rows claimed at a time (more when the budget's limit is higher).
MIN_BATCH = 32
#: Most rows claimed at a time.
MAX_BATCH = 1000
#: Longest wait before looking at the queue again while others hold rows (seconds).
POLL = 0.25


class CampaignSource:
    """Rows of ``journal``'s campaign claimed as ``owner`` (see the module docs).

    ``batch`` says how many rows to claim (called at each claim: the budget's limit).
    ``reconcile`` runs reconcile passes (None: uncertain rows are left for
    ``twilio-async journal reconcile``).
    """

    def __init__(
        self,
        journal: PostgresJournal,
        *,
        owner: str,
        batch: Callable[[], int],
        reconcile: CampaignReconcile | None,
        poll: float = POLL,
        sweep_every: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.journal = journal
        self.owner = owner
        self._batch = batch
        self._reconcile = reconcile
        self._poll = poll
        self._sweep_every = sweep_every if sweep_every is not None else max(0.5, journal.lease / 4)
        self._clock = clock
        self._next_sweep = 0.0
        self._ahead_after = 0.0
        self._ready: deque[WorkItem] = deque()
        self._lock = anyio.Lock()
        self._results: Results | None = None
        self._fingerprint: Fingerprint | None = None
        self._ended = False
        self._draining = False
        #: Rows claimed, and passes run, by this source.
        self.claimed = 0
        self.passes = 0

    def __repr__(self) -> str:
        return f"<CampaignSource {self.journal.campaign!r} owner={self.owner!r}>"

    async def open(self, journal: Journal, results: Results, fingerprint: Fingerprint) -> None:
        self._results = results
        self._fingerprint = fingerprint

    @property
    def writes_ahead(self) -> bool:
        return True

    @property
    def exhausted(self) -> bool:
        return self._ended and not self._ready

    @property
    def draining(self) -> bool:
        return self._draining

    def check(self) -> None:
        return None  # journal errors are raised where they happen

    # ------------------------------------------------------------ intake

    async def next(self) -> WorkItem | None:
        while True:
            if self._ready:
                item = self._ready.popleft()
                if len(self._ready) < self._want() // 2 and not self._lock.locked():
                    async with self._lock:  # claim ahead: the others go on with what is queued
                        await self._claim_ahead()
                return item
            if self._ended:
                return None
            async with self._lock:  # one claimant per process; the others wait for its rows
                if self._ready or self._ended:
                    continue
                if not await self._refill():
                    self._ended = True

    async def _refill(self) -> bool:
        """Claim rows, or wait for some to become claimable; False: nothing is left to send."""
        journal = self.journal
        if self._clock() >= self._next_sweep:
            self._next_sweep = self._clock() + self._sweep_every
            await journal.sweep()
        claims = await journal.claim(self.owner, self._want())
        if claims:
            self._draining = False
            self._queue(claims)
            return True
        wait = await journal.next_claimable()
        if wait is not None:  # refused rows waiting out a Retry-After (or rows just freed)
            self._draining = False
            await anyio.sleep(min(max(wait, 0.01), self._poll))
            return True
        self._draining = True  # nothing pending: only rows held now may come back
        counts = await journal.counts()
        if counts["claimed"] or counts["in_flight"]:
            await anyio.sleep(self._poll)  # answers due, or leases of dead workers to expire
            return True
        if counts["uncertain"] and self._reconcile is not None:
            report = await self._reconcile.run_pass()
            self.passes += report.ran
            if self._results is not None:  # this worker's summary counts what its passes did
                self._results.summary.reconciled_found += report.found
                self._results.summary.reconciled_absent += report.absent
            if not report.ran:  # another worker is reconciling: what it proves absent comes back
                await anyio.sleep(self._poll)
                return True
            if report.absent:
                return True
            if report.waiting:
                await anyio.sleep(min(report.wait or 0.0, 1.0) + 0.01)
                return True
            if report.found:
                return True  # look once more: others may have been waiting on these
        return False

    def _want(self) -> int:
        return min(MAX_BATCH, max(MIN_BATCH, self._batch()))

    async def _claim_ahead(self) -> None:
        """Top the queue up before it runs dry (no waiting: ``_refill`` does that)."""
        if self._ended or len(self._ready) >= self._want() // 2:
            return
        if self._clock() < self._ahead_after:
            return  # the last look found nothing: not one claim per item at the end
        claims = await self.journal.claim(self.owner, self._want())
        if claims:
            self._queue(claims)
        else:
            self._ahead_after = self._clock() + self._poll

    def _queue(self, claims: list[Claim]) -> None:
        assert self._results is not None
        self._results.admit(len(claims))
        self.claimed += len(claims)
        for c in claims:
            self._ready.append(
                WorkItem(
                    c.pos,
                    c.key,
                    c.params,
                    None,
                    attempts=c.attempts,
                    first_attempt=c.first_attempt or 0.0,
                    fingerprint=c.fingerprint,
                    rate_limited=c.refusals,
                )
            )

    # ------------------------------------------------------------ going out, coming back

    async def write_ahead(self, item: WorkItem, now: float, group: int) -> WriteAhead:
        """``in_flight`` for ``item`` and up to ``group - 1`` queued items: one fenced commit."""
        members = [item]
        for queued in self._ready:
            if len(members) >= group:
                break
            if queued.wal is None:
                members.append(queued)
        wal = WriteAhead(anyio.Event(), {m.key for m in members})  # refused until committed
        for member in members:
            member.wal = wal
        fingerprint = self._fingerprint
        assert fingerprint is not None
        try:
            moved = await self.journal.in_flight(
                self.owner, [(m.key, fingerprint(m), now) for m in members]
            )
            wal.refused = {m.key for m in members if m.key not in moved}
        finally:
            wal.done.set()
        return wal

    async def requeue(self, item: WorkItem, delay: float, *, rate_limited: bool = True) -> None:
        """Back to the shared queue, claimable after ``delay`` seconds; it leaves this run."""
        await self.journal.refused(
            item.key, max(0.0, delay), owner=self.owner, rate_limited=rate_limited
        )
        assert self._results is not None
        self._results.leave(1)
