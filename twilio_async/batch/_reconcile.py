"""Reconciliation: was an item whose answer was lost created after all?

A create whose answer never came (connection dropped after sending, read timeout,
5xx, process killed) *may* have taken effect. Sending it again could send a
customer the same message twice, so the sender asks Twilio instead: a
``Reconciler`` lists what exists and returns the SIDs that could be the item.
The sender then drops SIDs the journal already gives to other items (identical
items sent in the same run), takes one of the rest, or, when none is left,
knows the item was not created and sends it.

``MessageReconciler`` does this for Messages: it lists messages to the item's
``To`` (and ``From`` when given), newest first, and keeps those created since the
item's first attempt (less ``clock_skew``) with the same sender, messaging service
and body. ``DateSent`` is not used as a filter: a message that is still queued has
no ``date_sent`` yet and would be missed.

Limits, stated plainly:

- Two identical items (same To, From and Body) are told apart by counting: each
  matching message is given to one item, oldest first, and only items left
  without one are sent again. A message with the same To/From/Body sent *outside*
  this batch in the same window (another process, a person) is counted as one of
  ours: the item is then reported sent rather than sent twice.
- When Twilio rewrites the body (``smart_encoded``, ``shorten_urls``) or renders it
  (``content_sid``), the body is not compared; To/From/service and time still are.
- If more than ``scan_limit`` messages to that number are newer than the window,
  nothing is proved and the item stays ``uncertain``.
- Use E.164 numbers in items: the list filter compares ``To``/``From`` as Twilio
  stored them.

``ReconcilePhase`` runs this for a batch run: first (when resuming) for the rows an
earlier run left in flight or uncertain, and at the end for this run's uncertain items.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import Any, Protocol, TypeVar

import anyio

from .._options import RequestOptions
from ._budget import Budget
from ._digest import fingerprint_text
from ._journal import Journal, Row
from ._results import Results
from ._source import WorkItem
from ._types import ItemResult

T = TypeVar("T")

#: Retries for the (idempotent) list requests reconciliation makes; 429s included.
LIST_OPTIONS = RequestOptions(max_retries=5)


class Reconciler(Protocol):
    """Finds the instances a create may have made (implement it for other resources)."""

    def fingerprint(self, params: Mapping[str, Any]) -> dict[str, Any] | None:
        """What identifies the item's instance, as JSON-able values (stored in the journal).

        None when the item cannot be reconciled (it then stays uncertain).
        """
        ...

    async def candidates(
        self, resource: Any, fingerprint: Mapping[str, Any], since: datetime
    ) -> list[str] | None:
        """SIDs of instances created at or after ``since`` that match, oldest first.

        An empty list proves no such instance exists; None means it cannot be told.
        """
        ...


class MessageReconciler:
    """Reconciles Messages by To, From / messaging service, body and creation time.

    ``clock_skew`` widens the window before the first attempt (client and Twilio
    clocks differ; ``date_created`` has one-second resolution). ``ordering_slack``
    is how far past the window listing continues before stopping, in case Twilio's
    newest-first order is not strictly by creation time.
    """

    def __init__(
        self,
        *,
        clock_skew: float = 120.0,
        ordering_slack: float = 3600.0,
        scan_limit: int = 2000,
        page_size: int = 200,
    ):
        self.clock_skew = clock_skew
        self.ordering_slack = ordering_slack
        self.scan_limit = scan_limit
        self.page_size = page_size

    def fingerprint(self, params: Mapping[str, Any]) -> dict[str, Any] | None:
        to = params.get("to")
        if not isinstance(to, str) or not to:
            return None
        body = params.get("body")
        rewritten = bool(
            params.get("smart_encoded") or params.get("shorten_urls") or params.get("content_sid")
        )
        sender = params.get("from_")
        service = params.get("messaging_service_sid")
        return {
            "to": to,
            "from": str(sender) if sender else None,
            "service": str(service) if service else None,
            "body": body if isinstance(body, str) and not rewritten else None,
        }

    async def candidates(
        self, resource: Any, fingerprint: Mapping[str, Any], since: datetime
    ) -> list[str] | None:
        since = since - timedelta(seconds=self.clock_skew)
        stop_before = since - timedelta(seconds=self.ordering_slack)
        query: dict[str, Any] = {"to": fingerprint["to"], "page_size": self.page_size}
        if fingerprint.get("from"):
            query["from_"] = fingerprint["from"]
        found: list[str] = []
        scanned = 0
        async for message in resource.stream(**query, options=LIST_OPTIONS):
            scanned += 1
            if scanned > self.scan_limit:
                return None
            created = message.date_created
            if created is None:
                continue
            if created < stop_before:
                break
            if created < since or message.sid is None:
                continue
            direction = str(message.direction or "outbound")
            if not direction.startswith("outbound"):
                continue
            service = fingerprint.get("service")
            if service and message.messaging_service_sid != service:
                continue
            body = fingerprint.get("body")
            if body is not None and message.body != body:
                continue
            found.append(message.sid)
        found.reverse()  # listed newest first; hand out the oldest first
        return found


def default_reconciler(resource: Any) -> Reconciler | None:
    """``MessageReconciler`` for a Messages resource, None for anything else."""
    from ..rest.api.v2010.accounts_messages import MessageList

    return MessageReconciler() if isinstance(resource, MessageList) else None


def epoch_to_datetime(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


async def each_group(
    groups: Mapping[str, Sequence[T]],
    settle: Callable[[str, Sequence[T]], Awaitable[None]],
    parallel: int = 16,
) -> None:
    """Run ``settle(fingerprint, members)`` per group: groups in parallel, members in order."""
    limit = anyio.CapacityLimiter(parallel)

    async def one(fingerprint: str, members: Sequence[T]) -> None:
        async with limit:
            await settle(fingerprint, members)

    async with anyio.create_task_group() as tg:
        for fingerprint, members in groups.items():
            tg.start_soon(one, fingerprint, members)


class ReconcilePhase:
    """A run's reconciliation: before sending (``resume``) and after it (``settle_run``).

    Items whose answer was lost are ``defer``-red here while the run sends (unless
    ``defer=False``: a campaign reconciles its uncertain rows in shared passes); once
    sending is done and ``grace`` seconds have passed since their last attempt,
    they are looked up: found ones are ``sent``, those proven absent are sent
    again (``resend``), those that cannot be told are reported ``uncertain``.
    """

    def __init__(
        self,
        *,
        reconciler: Reconciler | None,
        resource: Any,
        journal: Journal,
        budget: Budget[Any],
        results: Results,
        grace: float,
        defer: bool = True,
    ) -> None:
        self.reconciler = reconciler
        self._defer = defer
        self._resource = resource
        self._journal = journal
        self._budget = budget
        self._results = results
        self._summary = results.summary
        self._grace_seconds = grace
        self._deferred: list[WorkItem] = []

    def fingerprint(self, item: WorkItem) -> str | None:
        """What the journal stores to reconcile ``item`` later (cached on the item)."""
        reconciler = self.reconciler
        if item.fingerprint is None and reconciler is not None:
            item.fingerprint = fingerprint_text(reconciler, item.params)
        return item.fingerprint

    def defer(self, item: WorkItem) -> bool:
        """Keep an uncertain item for the end of the run; False when it cannot be reconciled."""
        if not self._defer or self.reconciler is None or self.fingerprint(item) is None:
            return False
        self._deferred.append(item)
        return True

    # ------------------------------------------------------------ lookups

    async def _lookup(self, fingerprint: str, first_attempt: float) -> str | bool | None:
        """A free SID matching the fingerprint (found), False (proven absent), None (unknown).

        Raises when the lookup itself failed (the caller tries again later).
        """
        assert self.reconciler is not None
        return await lookup_free_sid(
            self.reconciler,
            self._resource,
            self._budget,
            fingerprint,
            first_attempt,
            self._journal.claimed,
        )

    async def _grace(self, last_attempt: float) -> None:
        """Let a request that may still be on its way land before looking for it."""
        wait = last_attempt + self._grace_seconds - time.time()
        if wait > 0:
            await anyio.sleep(wait)

    # ------------------------------------------------------------ phase 1: resume

    async def resume(self) -> None:
        """Settle what an earlier run left in flight or uncertain (before sending)."""
        if self.reconciler is None:
            return
        groups: dict[str, list[Row]] = {}
        latest = 0.0
        async for row in self._journal.unresolved():
            if row.fingerprint:
                groups.setdefault(row.fingerprint, []).append(row)
                latest = max(latest, row.last_attempt or 0.0)
        if not groups:
            return
        await self._grace(latest)
        await each_group(groups, self._settle_rows)

    async def _settle_rows(self, fingerprint: str, rows: Sequence[Row]) -> None:
        journal = self._journal
        summary = self._summary
        for row in sorted(rows, key=lambda r: r.first_attempt or 0.0):
            try:
                outcome = await self._lookup(fingerprint, row.first_attempt or 0.0)
            except Exception:  # the listing failed: the row stays unresolved
                continue
            if isinstance(outcome, str):
                await journal.sent(row.key, row.pos or 0, row.digest, outcome)
                summary.reconciled_found += 1
            elif outcome is False:
                await journal.pending(row.key)
                summary.reconciled_absent += 1
        await journal.sync()

    # ------------------------------------------------------------ phase 3: this run's items

    async def settle_run(
        self, rounds: int, resend: Callable[[list[WorkItem]], Awaitable[None]]
    ) -> None:
        """Look up this run's uncertain items; ``resend`` those proven absent (``rounds`` times).

        What is still uncertain after the last round is reported ``uncertain``.
        """
        for _ in range(rounds):
            pending, self._deferred = self._deferred, []
            if not pending:
                return
            await self._grace(max(item.last_attempt for item in pending))
            groups: dict[str, list[WorkItem]] = {}
            for item in pending:
                assert item.fingerprint is not None
                groups.setdefault(item.fingerprint, []).append(item)
            absent: list[WorkItem] = []
            await each_group(groups, partial(self._settle_items, absent=absent))
            await self._journal.sync()
            if absent:
                self._summary.retried += len(absent)
                await resend(absent)
        deferred, self._deferred = self._deferred, []
        for item in deferred:  # still uncertain after the last round
            await self._results.emit(
                ItemResult(
                    item.index, item.key, "uncertain", error=item.error, attempts=item.attempts
                )
            )

    async def _settle_items(
        self, fingerprint: str, items: Sequence[WorkItem], *, absent: list[WorkItem]
    ) -> None:
        """Reconcile uncertain items sharing a fingerprint, oldest first, one at a time."""
        journal = self._journal
        summary = self._summary
        for item in sorted(items, key=lambda it: it.first_attempt):
            try:
                outcome = await self._lookup(fingerprint, item.first_attempt)
            except Exception:  # the listing failed: look again next round
                self._deferred.append(item)
                continue
            if isinstance(outcome, str):
                await journal.sent(item.key, item.index, item.digest, outcome)
                await journal.sync()  # later lookups must see this SID as taken
                summary.reconciled_found += 1
                result = ItemResult(
                    item.index,
                    item.key,
                    "sent",
                    sid=outcome,
                    attempts=item.attempts,
                    reconciled=True,
                )
                await self._results.emit(result)
            elif outcome is False:
                await journal.pending(item.key)
                summary.reconciled_absent += 1
                # sent afresh: journaled again before it leaves, with a new retry budget
                item.wal = None
                item.rate_limited = item.unsent = 0
                absent.append(item)
            else:
                result = ItemResult(
                    item.index, item.key, "uncertain", error=item.error, attempts=item.attempts
                )
                await self._results.emit(result)


async def lookup_free_sid(
    reconciler: Reconciler,
    resource: Any,
    budget: Budget[Any],
    fingerprint: str,
    first_attempt: float,
    claimed: Callable[[list[str]], Awaitable[set[str]]],
) -> str | bool | None:
    """A matching SID no item has claimed (found), False (proven absent), None (unknown).

    The listing holds a budget slot (at the front of the queue); ``claimed`` tells which
    of the candidates the journal already gives to other items. Raises when the lookup
    itself failed (the caller tries again later).
    """
    slot = await budget.acquire(priority=True)
    try:
        found = await reconciler.candidates(
            resource, json.loads(fingerprint), epoch_to_datetime(first_attempt)
        )
    except BaseException:
        with anyio.CancelScope(shield=True):
            await budget.release(slot, "failed")
        raise
    await budget.release(slot, "ok")
    if found is None:
        return None
    taken = await claimed(found)
    free = [sid for sid in found if sid not in taken]
    return free[0] if free else False
