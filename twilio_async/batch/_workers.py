"""The send phase of a run: a pool of workers, each sending one item at a time.

A worker takes an item from the ``Source``, a slot from the ``Budget``, has the
source journal the item in flight (write-ahead), and calls ``create``. Then:

- an answer: the slot is released ``ok``, the SID journaled, the result emitted;
- a failure: ``classify`` says what it means. A 429 or an attempt that provably
  never reached Twilio is requeued through the source, after its ``Retry-After``
  or a jittered backoff, within its retry budget (the worker moves on to another
  item rather than sleep on it); a lost answer is deferred to reconciliation; the
  rest is final.

There are as many workers as the budget's limit (the pool grows when it rises;
workers beyond it leave after their item when it falls). This is the per-item
path: nothing here spawns a task, builds JSON or waits on an event per item that
it can avoid.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio
from anyio.abc import TaskGroup

from .._options import RequestOptions
from .._retry import full_jitter
from ._budget import Budget
from ._classify import Outcome, classify
from ._journal import Journal
from ._limiter import MAX_PAUSE
from ._reconcile import ReconcilePhase
from ._results import Results
from ._source import Source, WorkItem
from ._types import ItemError, ItemResult

#: Most items journaled as in flight by one commit ahead of their requests.
WRITE_AHEAD_GROUP = 64
#: Full-jitter backoff (first window, cap) before resending after a 429 without
#: ``Retry-After``, and after an attempt that provably never reached Twilio.
RATE_LIMIT_BACKOFF = (0.1, 2.0)
UNSENT_BACKOFF = (0.4, 5.0)

_NO_RETRY = RequestOptions(max_retries=0)


def _sid_of(instance: Any) -> str | None:
    sid = getattr(instance, "sid", None)
    if sid is None:
        field = getattr(instance, "_key_field", None)
        sid = getattr(instance, field, None) if isinstance(field, str) else None
    return str(sid) if sid is not None else None


def _sender_of(params: Mapping[str, Any]) -> str | None:
    """The From number or Messaging Service an item sends from (for per-sender budgets)."""
    sender = params.get("from_") or params.get("messaging_service_sid")
    return str(sender) if sender else None


def _call_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with its ``options`` made single-attempt: the sender owns retries of creates."""
    call = dict(params)
    options = call.get("options")
    call["options"] = (
        dataclasses.replace(options, max_retries=0)
        if isinstance(options, RequestOptions)
        else _NO_RETRY
    )
    return call


class WorkerPool:
    """Sends what ``source`` hands out, within ``budget``, until it has nothing more."""

    def __init__(
        self,
        *,
        create: Callable[..., Any],
        source: Source,
        budget: Budget[Any],
        journal: Journal,
        results: Results,
        reconcile: ReconcilePhase,
        max_workers: int,
        max_rate_limit_retries: int,
        max_unsent_retries: int,
    ) -> None:
        self._create = create
        self._source = source
        self._budget = budget
        self._journal = journal
        self._results = results
        self._summary = results.summary
        self._reconcile = reconcile
        self._max_workers = max_workers
        self._max_rate_limit_retries = max_rate_limit_retries
        self._max_unsent_retries = max_unsent_retries
        self._tg: TaskGroup | None = None
        self._workers = 0
        #: The most workers alive at once.
        self.peak = 0
        self._drain_seen = False

    async def run(self) -> None:
        """Run workers until the source has nothing more to hand out."""
        async with anyio.create_task_group() as tg:
            self._tg = tg
            self._spawn()
        self._tg = None

    async def resend(self, items: list[WorkItem]) -> None:
        """Send again items reconciliation proved absent: back through the source."""
        for item in items:
            await self._source.requeue(item, 0.0)
        await self.run()

    def _spawn(self) -> None:
        """As many workers as the limit allows in flight (each holds at most one slot)."""
        tg = self._tg
        if tg is None or self._source.exhausted:
            return
        want = min(self._budget.limit, self._max_workers)
        while self._workers < want:
            self._workers += 1
            tg.start_soon(self._worker)
        if self._workers > self.peak:
            self.peak = self._workers

    async def _worker(self) -> None:
        budget = self._budget
        source = self._source
        attempt = self._attempt
        try:
            while True:
                item = await source.next()
                if item is None:
                    return
                if source.draining and not self._drain_seen:
                    self._drain_seen = True
                    budget.stop_probing()
                await attempt(item)
                limit = budget.limit
                if self._workers > limit:  # the limit went down (a 429): leave
                    return
                if self._workers < limit:
                    self._spawn()
        finally:
            self._workers -= 1

    async def _attempt(self, item: WorkItem) -> None:
        """Send ``item`` once; then it has a result, is requeued, or awaits reconciliation."""
        budget = self._budget
        params = item.params
        slot = await budget.acquire(sender=_sender_of(params), priority=item.attempts > 0)
        now = time.time()
        source = self._source
        if source.writes_ahead:  # write-ahead: known in flight before it is
            wal = item.wal
            try:
                if wal is None:
                    group = max(1, min(WRITE_AHEAD_GROUP, budget.limit // 4))
                    wal = await source.write_ahead(item, now, group)
                if not wal.done.is_set():
                    await wal.done.wait()
                self._journal.check()
            except BaseException:
                with anyio.CancelScope(shield=True):  # nothing was sent; a journal error
                    await budget.release(slot, "failed")  # stops the run
                raise
            if wal.refused is not None and item.key in wal.refused:
                await budget.release(slot, "failed")  # another worker owns the item now
                self._results.leave(1)
                return
        if not item.first_attempt:
            item.first_attempt = now
        item.last_attempt = now
        item.attempts += 1
        try:
            if "options" in params:
                instance = await self._create(**_call_params(params))
            else:
                instance = await self._create(**params, options=_NO_RETRY)
        except BaseException as exc:
            outcome = classify(exc)
            if outcome.kind == "stop":  # client closed, or cancelled: the row stays in flight
                with anyio.CancelScope(shield=True):
                    await budget.release(slot, "failed")
                raise
        else:
            await budget.release(slot, "ok")
            sid = _sid_of(instance)
            await self._journal.sent(item.key, item.index, item.digest, sid or "")
            await self._results.emit(
                ItemResult(
                    item.index,
                    item.key,
                    "sent",
                    sid=sid,
                    attempts=item.attempts,
                    instance=instance,
                )
            )
            return
        await budget.release(slot, outcome.release, outcome.retry_after)
        await self._after(item, outcome)

    async def _after(self, item: WorkItem, outcome: Outcome) -> None:
        """Act on a failed attempt: requeue it (within its retry budget), defer or fail it."""
        kind = outcome.kind
        if kind == "rate_limited":
            self._summary.rate_limited += 1
            item.rate_limited += 1
            if item.rate_limited <= self._max_rate_limit_retries:
                await self._requeue(
                    item, outcome.retry_after, item.rate_limited, RATE_LIMIT_BACKOFF, True
                )
                return
        elif kind == "retry_unsent":
            item.unsent += 1
            if item.unsent <= self._max_unsent_retries:
                await self._requeue(item, outcome.retry_after, item.unsent, UNSENT_BACKOFF, False)
                return
        error = outcome.error
        assert error is not None
        if kind != "uncertain":
            await self._failed(item, error)
            return
        item.error = error
        await self._journal.uncertain(item.key, error.to_json())
        if not self._reconcile.defer(item):  # no way to look it up: report it as it is
            await self._results.emit(
                ItemResult(item.index, item.key, "uncertain", error=error, attempts=item.attempts)
            )

    async def _requeue(
        self,
        item: WorkItem,
        retry_after: float | None,
        attempt: int,
        backoff: tuple[float, float],
        rate_limited: bool,
    ) -> None:
        """Back to the source: after ``Retry-After`` (capped), or a jittered backoff."""
        self._summary.retried += 1
        if retry_after:
            delay = min(retry_after, MAX_PAUSE)
        else:
            delay = full_jitter(attempt, base=backoff[0], cap=backoff[1])
        await self._source.requeue(item, delay, rate_limited=rate_limited)

    async def _failed(self, item: WorkItem, error: ItemError) -> None:
        await self._journal.failed(
            item.key, item.index, item.digest, error.to_json(), error.retryable
        )
        await self._results.emit(
            ItemResult(item.index, item.key, "failed", error=error, attempts=item.attempts)
        )
