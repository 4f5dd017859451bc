"""One reconcile pass over a campaign's uncertain rows, by one worker at a time.

Uncertain rows are lost answers and in-flight rows of dead workers (made uncertain
by the sweeper). Each is looked up in Twilio with the run's ``Reconciler`` once
``grace`` seconds have passed since its last attempt: a matching SID that no other
item holds makes it ``sent``; proven absent, it goes back to ``pending`` and the
normal send loop sends it again; undecided, it stays uncertain (reported).

Identical messages are told apart by counting, which is only right if one
reconciler at a time hands out SIDs: a pass runs under a session-level PostgreSQL
advisory lock (``pg_try_advisory_lock``) keyed by the journal's schema and the
campaign. A worker that does not get it leaves the pass to the one that has it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import anyio

from ._budget import Budget
from ._pg_journal import PostgresJournal
from ._pg_types import ItemRow
from ._reconcile import Reconciler, each_group, lookup_free_sid

#: Uncertain rows one pass reads at most (a pass is repeated while rows are left).
PASS_ROWS = 10_000


@dataclass
class PassReport:
    """What one pass did. ``ran`` is False when another worker holds the lock."""

    ran: bool = True
    found: int = 0
    absent: int = 0
    #: Rows left uncertain: no fingerprint, listing undecided, or the listing failed.
    unknown: int = 0
    #: Rows still in their grace period, and seconds until the first one's ends.
    waiting: int = 0
    wait: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "ran": self.ran,
            "found": self.found,
            "absent": self.absent,
            "unknown": self.unknown,
            "waiting": self.waiting,
            "wait": self.wait,
        }


def lock_key(journal: PostgresJournal, campaign: str) -> int:
    """The advisory lock (a signed 64-bit int) of ``campaign``'s reconcile passes."""
    name = f"twilio_async reconcile {journal.tables.meta} {campaign}".encode()
    return int.from_bytes(hashlib.blake2b(name, digest_size=8).digest(), "big", signed=True)


class CampaignReconcile:
    """Reconcile passes over ``journal``'s campaign, looking up with ``reconciler``.

    ``budget`` gives each lookup a slot (with priority): lookups count against the
    account's concurrency limit like creates.
    """

    def __init__(
        self,
        journal: PostgresJournal,
        *,
        reconciler: Reconciler | None,
        resource: Any,
        budget: Budget[Any],
        grace: float,
    ) -> None:
        self.journal = journal
        self.reconciler = reconciler
        self.resource = resource
        self.budget = budget
        self.grace = grace
        #: Totals over every pass this instance ran.
        self.total = PassReport()

    async def run_pass(self) -> PassReport:
        """One pass under the campaign's advisory lock (``ran=False`` if it is taken)."""
        journal = self.journal
        campaign = journal.campaign
        if campaign is None:
            raise ValueError("campaign: the journal has no campaign bound")
        key = lock_key(journal, campaign)
        pool = await journal.pool()
        problem: BaseException | None = None
        try:
            conn = await pool.acquire()
        except Exception as err:
            problem = err
        if problem is not None:
            raise journal.failure("locking the reconcile pass", problem)
        try:
            if not await conn.fetchval("SELECT pg_try_advisory_lock($1)", key):
                return PassReport(ran=False)
            try:
                report = await self._pass()
            finally:
                with anyio.CancelScope(shield=True):
                    await conn.execute("SELECT pg_advisory_unlock($1)", key)
        finally:
            with anyio.CancelScope(shield=True):
                await pool.release(conn)
        for name in ("found", "absent", "unknown", "waiting"):
            setattr(self.total, name, getattr(self.total, name) + getattr(report, name))
        return report

    async def _pass(self) -> PassReport:
        journal = self.journal
        report = PassReport()
        groups: dict[str, list[ItemRow]] = {}
        now = time.time()
        seen = 0
        async for row in journal.unresolved():
            seen += 1
            if seen > PASS_ROWS:
                break
            if self.reconciler is None or not row.fingerprint:
                report.unknown += 1
                continue
            due = (row.last_attempt or 0.0) + self.grace - now
            if due > 0:
                report.waiting += 1
                report.wait = due if report.wait is None else min(report.wait, due)
                continue
            groups.setdefault(row.fingerprint, []).append(row)

        async def settle(fingerprint: str, rows: Sequence[ItemRow]) -> None:
            for row in sorted(rows, key=lambda r: r.first_attempt or 0.0):
                try:
                    outcome = await self._lookup(fingerprint, row.first_attempt or 0.0)
                except Exception:  # the listing failed: the row stays uncertain for now
                    report.unknown += 1
                    continue
                if isinstance(outcome, str):
                    await journal.sent(row.key, outcome)
                    await journal.sync()  # later lookups must see this SID as taken
                    report.found += 1
                elif outcome is False:
                    await journal.pending(row.key)
                    report.absent += 1
                else:
                    report.unknown += 1

        if groups:
            await each_group(groups, settle)
        await journal.sync()
        return report

    async def _lookup(self, fingerprint: str, first_attempt: float) -> str | bool | None:
        """A free matching SID (found), False (proven absent), None (cannot tell)."""
        assert self.reconciler is not None
        return await lookup_free_sid(
            self.reconciler,
            self.resource,
            self.budget,
            fingerprint,
            first_attempt,
            self.journal.claimed_sids,
        )
