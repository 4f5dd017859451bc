"""``BatchSender``: many creates, bounded concurrency, a journal, reconciliation.

One run goes through three phases:

1. **Resume** (only with a journal that already has items): items an earlier run
   left in flight or uncertain are reconciled against Twilio (``ReconcilePhase``).
2. **Send**: a pool of workers, as many as the concurrency limit, takes items from
   the ``Source`` (the input, a chunk at a time, minus what the journal settled),
   gets a slot from the ``Budget``, has the source journal the item in flight, and
   sends it. ``classify`` says what a failure means: a 429 or a provably unsent
   attempt is requeued through the source (after its ``Retry-After`` or a backoff),
   a lost answer makes the item uncertain, anything else is final.
3. **Reconcile**: uncertain items of this run are looked up once the grace period
   has passed; those proven absent go through the workers again (a few rounds).

Every input item yields exactly one ``ItemResult`` (through ``Results``).
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import AsyncIterable, Generator, Iterable, Mapping
from types import TracebackType
from typing import Any, Literal

import anyio
from anyio.abc import TaskGroup

from .._options import RequestOptions
from .._retry import full_jitter
from ._budget import Budget, LocalBudget
from ._classify import Outcome, classify
from ._journal import Journal
from ._limiter import MAX_PAUSE
from ._reconcile import ReconcilePhase, Reconciler, default_reconciler
from ._results import Results
from ._source import InputSource, Source, WorkItem
from ._types import BatchSummary, ItemError, ItemResult

#: Most items journaled as in flight by one commit ahead of their requests.
WRITE_AHEAD_GROUP = 64
#: Concurrency ``"auto"`` starts with (slow start doubles it every round trip).
AUTO_INITIAL = 8
#: Full-jitter backoff (first window, cap) before resending after a 429 without
#: ``Retry-After``, and after an attempt that provably never reached Twilio.
RATE_LIMIT_BACKOFF = (0.1, 2.0)
UNSENT_BACKOFF = (0.4, 5.0)

_NO_RETRY = RequestOptions(max_retries=0)


def _target_label(resource: Any) -> str:
    path = getattr(resource, "_path_params", ())
    return type(resource).__qualname__ + "".join(f"/{p}" for p in path)


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


def _single(err: BaseException) -> BaseException:
    """The first exception inside (nested) exception groups: what stopped the run.

    Workers that fail together fail for the same reason (a journal that cannot be
    written, a closed client), so one is reported rather than a group.
    """
    while True:
        inner = getattr(err, "exceptions", None)
        if not isinstance(inner, tuple) or not inner:
            return err
        err = inner[0]


class BatchRun:
    """One run of a ``BatchSender``: iterate it for results, or await it for the summary.

    ``summary`` is live while the run goes (``in_flight`` and ``concurrency`` too),
    which is what progress displays read.

    Items are pulled from the input by a pool of workers that grows and shrinks with
    the concurrency limit, so what is held at any time (``peak_held``) is about the
    limit plus one chunk of input, whatever the batch size. The exception: items
    waiting for end-of-run reconciliation stay in memory until then.
    """

    def __init__(self, sender: BatchSender, source: Source):
        self._sender = sender
        self._source = source
        self.summary = BatchSummary()
        self._started = False
        self.finished = False
        self._error: BaseException | None = None
        self._t0 = time.monotonic()
        self.budget: Budget[Any] = sender._new_budget()
        self.journal = Journal(sender.journal_path, synchronous=sender.journal_sync)
        self._results = Results(self.summary, sender.result_buffer)
        self._reconcile = ReconcilePhase(
            reconciler=sender.reconciler,
            resource=sender.resource,
            journal=self.journal,
            budget=self.budget,
            results=self._results,
            grace=sender.reconcile_grace,
        )
        self._done = anyio.Event()
        self._workers_tg: TaskGroup | None = None
        self._workers = 0
        self.peak_workers = 0

    # ------------------------------------------------------------ public surface

    @property
    def in_flight(self) -> int:
        return self.budget.in_flight

    @property
    def concurrency(self) -> int:
        return self.budget.limit

    @property
    def held(self) -> int:
        """Items read from the input and not yet given a result."""
        return self._results.held

    @property
    def peak_held(self) -> int:
        """The most items held at once (``held``'s high-water mark)."""
        return self._results.peak_held

    @property
    def elapsed(self) -> float:
        return self.summary.elapsed if self.finished else time.monotonic() - self._t0

    def __aiter__(self) -> BatchRun:
        if not self._started:
            raise RuntimeError(
                "iterate a batch run inside `async with client.batch(...) as batch:` "
                "(or `await batch.send(items)` for the summary alone)"
            )
        return self

    async def __anext__(self) -> ItemResult:
        result = await self._results.receive()
        if result is not None:
            return result
        await self._done.wait()
        if self._error is not None:
            raise self._error
        raise StopAsyncIteration

    def __await__(self) -> Generator[Any, None, BatchSummary]:
        return self._wait().__await__()

    async def _wait(self) -> BatchSummary:
        if self._started:  # nobody reads results one by one: stop keeping them
            self._results.discard()
            await self._done.wait()
        else:
            async with anyio.create_task_group() as tg:
                self._start(tg, keep_results=False)
        if self._error is not None:
            raise self._error
        return self.summary

    def _start(self, tg: TaskGroup, *, keep_results: bool = True) -> None:
        if self._started:
            raise RuntimeError("this batch run was already started")
        self._started = True
        if keep_results:
            self._results.open()
        tg.start_soon(self._main)

    # ------------------------------------------------------------ the run

    async def _main(self) -> None:
        self._t0 = time.monotonic()
        journal = self.journal
        try:
            async with anyio.create_task_group() as tg:
                await journal.open(account=self._sender.account, target=self._sender.target)
                tg.start_soon(journal.flusher)
                try:
                    if journal.resuming:
                        await self._reconcile.resume()
                    await self._source.open(journal, self._results, self._reconcile.fingerprint)
                    await self._pump()
                    await self._reconcile.settle_run(self._sender.reconcile_rounds, self._resend)
                finally:
                    await journal.aclose()
                journal.check()  # the last writes too
            self._source.check()  # bad or changed input stopped the intake
        except Exception as err:
            self._error = _single(err)
        finally:
            with anyio.CancelScope(shield=True):
                await journal.aclose()
                await self.budget.aclose()
            s = self.summary
            s.elapsed = time.monotonic() - self._t0
            s.concurrency = self.budget.limit
            s.peak_in_flight = self.budget.peak_in_flight
            self.finished = True
            self._done.set()
            self._results.close()

    async def _pump(self) -> None:
        """Run workers until the source has nothing more to hand out."""
        async with anyio.create_task_group() as tg:
            self._workers_tg = tg
            self._spawn_workers()
        self._workers_tg = None

    async def _resend(self, items: list[WorkItem]) -> None:
        """Send again items reconciliation proved absent: back through the source."""
        for item in items:
            self._source.requeue(item, 0.0)
        await self._pump()

    def _spawn_workers(self) -> None:
        """As many workers as the limit allows in flight (each holds at most one slot)."""
        tg = self._workers_tg
        if tg is None or self._source.exhausted:
            return
        want = min(self.budget.limit, self._sender._max_capacity())
        while self._workers < want:
            self._workers += 1
            tg.start_soon(self._worker)
        if self._workers > self.peak_workers:
            self.peak_workers = self._workers

    async def _worker(self) -> None:
        budget = self.budget
        source = self._source
        attempt = self._attempt
        try:
            while True:
                item = await source.next()
                if item is None:
                    return
                await attempt(item)
                limit = budget.limit
                if self._workers > limit:  # the limit went down (a 429): leave
                    return
                if self._workers < limit:
                    self._spawn_workers()
        finally:
            self._workers -= 1

    async def _attempt(self, item: WorkItem) -> None:
        """Send ``item`` once; then it has a result, is requeued, or awaits reconciliation."""
        budget = self.budget
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
                self.journal.check()
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
                instance = await self._sender.create(**_call_params(params))
            else:
                instance = await self._sender.create(**params, options=_NO_RETRY)
        except BaseException as exc:
            outcome = classify(exc)
            if outcome.kind == "stop":  # client closed, or cancelled: the row stays in flight
                with anyio.CancelScope(shield=True):
                    await budget.release(slot, "failed")
                raise
        else:
            await budget.release(slot, "ok")
            sid = _sid_of(instance)
            await self.journal.sent(item.key, item.index, item.digest, sid or "")
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
        sender = self._sender
        summary = self.summary
        kind = outcome.kind
        if kind == "rate_limited":
            summary.rate_limited += 1
            item.rate_limited += 1
            if item.rate_limited <= sender.max_rate_limit_retries:
                self._requeue(item, outcome.retry_after, item.rate_limited, RATE_LIMIT_BACKOFF)
                return
        elif kind == "retry_unsent":
            item.unsent += 1
            if item.unsent <= sender.max_unsent_retries:
                self._requeue(item, outcome.retry_after, item.unsent, UNSENT_BACKOFF)
                return
        error = outcome.error
        assert error is not None
        if kind == "uncertain":
            item.error = error
            await self.journal.uncertain(item.key, error.to_json())
            if self._reconcile.defer(item):
                return
            result = ItemResult(
                item.index, item.key, "uncertain", error=error, attempts=item.attempts
            )
        else:
            await self._failed(item, error)
            return
        await self._results.emit(result)

    def _requeue(
        self,
        item: WorkItem,
        retry_after: float | None,
        attempt: int,
        backoff: tuple[float, float],
    ) -> None:
        """Back to the source: after ``Retry-After`` (capped), or a jittered backoff."""
        self.summary.retried += 1
        if retry_after:
            delay = min(retry_after, MAX_PAUSE)
        else:
            delay = full_jitter(attempt, base=backoff[0], cap=backoff[1])
        self._source.requeue(item, delay)

    async def _failed(self, item: WorkItem, error: ItemError) -> None:
        await self.journal.failed(
            item.key, item.index, item.digest, error.to_json(), error.retryable
        )
        await self._results.emit(
            ItemResult(item.index, item.key, "failed", error=error, attempts=item.attempts)
        )


def _count(name: str, value: object) -> None:
    """``value`` must be a whole number >= 0 (``name`` is the parameter)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0, got {value!r}")


class BatchSender:
    """Sends many creates with bounded concurrency, an optional journal, and reconciliation.

    ``resource`` is a collection with an async ``create`` (``client.messages`` by
    default through ``client.batch()``; ``client.calls`` or any other works). Items
    are mappings of that ``create``'s keyword arguments, or ``BatchItem(params, key=)``.

    - ``concurrency``: ``"auto"`` (find the account's limit: AIMD between 1 and
      ``max_concurrency``) or a fixed number of requests in flight.
    - ``rate``: at most this many creates started per second (``burst`` back to back).
    - ``journal``: a SQLite file recording every item's state; run again with the
      same file and input to resume (see the README, "Batch sending").
    - ``reconciler``: how uncertain items are looked up (default: Messages by
      To/From/Body/time; None for other resources, whose uncertain items are
      reported, never sent again). ``reconcile_grace`` seconds pass after the last
      attempt before looking; ``reconcile_rounds`` bounds re-sends of items proven
      absent.
    - ``retry_failed``: also send again items an earlier run saw refused by Twilio.
    """

    def __init__(
        self,
        resource: Any,
        *,
        account: str = "",
        concurrency: int | Literal["auto"] = "auto",
        max_concurrency: int = 1000,
        rate: float | None = None,
        burst: float | None = None,
        journal: str | os.PathLike[str] | None = None,
        journal_sync: str = "FULL",
        reconciler: Reconciler | Literal["default"] | None = "default",
        reconcile_grace: float = 5.0,
        reconcile_rounds: int = 3,
        retry_failed: bool = False,
        max_rate_limit_retries: int = 50,
        max_unsent_retries: int = 5,
        result_buffer: int = 1024,
        target: str | None = None,
    ):
        create = getattr(resource, "create", None)
        if not callable(create):
            raise TypeError(f"{type(resource).__name__} has no create() to send a batch with")
        if concurrency != "auto" and (
            isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1
        ):
            raise ValueError(f"concurrency must be 'auto' or a positive int, got {concurrency!r}")
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        if rate is not None and not rate > 0:
            raise ValueError(f"rate must be a positive number per second, got {rate!r}")
        if not reconcile_grace >= 0:  # NaN too
            raise ValueError(f"reconcile_grace must be seconds >= 0, got {reconcile_grace!r}")
        _count("reconcile_rounds", reconcile_rounds)
        _count("max_rate_limit_retries", max_rate_limit_retries)
        _count("max_unsent_retries", max_unsent_retries)
        _count("result_buffer", result_buffer)
        self.resource = resource
        self.create = create
        self.account = account
        self.concurrency = concurrency
        self.max_concurrency = max_concurrency
        self.rate = rate
        self.burst = burst
        self.journal_path = journal
        self.journal_sync = journal_sync
        self.reconciler: Reconciler | None = (
            default_reconciler(resource) if reconciler == "default" else reconciler
        )
        self.reconcile_grace = reconcile_grace
        self.reconcile_rounds = reconcile_rounds
        self.retry_failed = retry_failed
        self.max_rate_limit_retries = max_rate_limit_retries
        self.max_unsent_retries = max_unsent_retries
        self.result_buffer = result_buffer
        self.target = target if target is not None else _target_label(resource)
        self._tg: TaskGroup | None = None
        self._runs: list[BatchRun] = []

    def __repr__(self) -> str:
        return (
            f"<BatchSender {self.target} concurrency={self.concurrency!r} rate={self.rate!r} "
            f"journal={str(self.journal_path) if self.journal_path else None!r}>"
        )

    def _max_capacity(self) -> int:
        return self.max_concurrency if self.concurrency == "auto" else int(self.concurrency)

    def _new_budget(self) -> Budget[Any]:
        """The run's concurrency budget: in-process, AIMD for ``"auto"``, else fixed."""
        auto = self.concurrency == "auto"
        return LocalBudget.create(
            initial=min(AUTO_INITIAL, self.max_concurrency) if auto else self._max_capacity(),
            adaptive=auto,
            maximum=self._max_capacity(),
            rate=self.rate,
            burst=self.burst,
        )

    def send(self, items: Iterable[Any] | AsyncIterable[Any] | Source) -> BatchRun:
        """Start sending ``items`` (an iterable or async iterable, read lazily).

        Inside ``async with`` the run starts now; iterate the returned run for
        results as they complete, or await it for the summary. Outside, await it.
        """
        if isinstance(items, (Iterable, AsyncIterable)):
            source: Source = InputSource(items, retry_failed=self.retry_failed)
        elif all(hasattr(items, name) for name in ("next", "requeue", "write_ahead")):
            source = items  # a Source of another kind (e.g. a shared work queue)
        else:
            raise TypeError(
                f"items must be an iterable or async iterable, got {type(items).__name__}"
            )
        if self.journal_path is not None and self._runs:
            raise RuntimeError("a BatchSender with a journal sends one batch; make another")
        run = BatchRun(self, source)
        self._runs.append(run)
        if self._tg is not None:
            run._start(self._tg)
        return run

    async def __aenter__(self) -> BatchSender:
        tg = anyio.create_task_group()
        await tg.__aenter__()
        self._tg = tg
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        tg, self._tg = self._tg, None
        assert tg is not None
        left = [run for run in self._runs if not run.finished]
        if left:
            tg.cancel_scope.cancel()  # left early: stop; in-flight rows are reconciled next run
        try:
            return await tg.__aexit__(exc_type, exc, tb)
        finally:
            for run in left:  # nobody will read their results now
                run._results.discard()
