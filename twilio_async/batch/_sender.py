"""``BatchSender``: many creates, bounded concurrency, a journal, reconciliation.

One run goes through three phases:

1. **Resume** (only with a journal that already has items): items an earlier run
   left in flight or uncertain are reconciled against Twilio (``ReconcilePhase``).
2. **Send** (``WorkerPool``): workers, as many as the concurrency limit, take
   items from the ``Source`` (the input, a chunk at a time, minus what the journal
   settled), a slot from the ``Budget``, have the source journal the item in flight,
   and send it. ``classify`` says what a failure means: a 429 or a provably unsent
   attempt is requeued through the source (after its ``Retry-After`` or a backoff),
   a lost answer makes the item uncertain, anything else is final.
3. **Reconcile**: uncertain items of this run are looked up once the grace period
   has passed; those proven absent go through the workers again (a few rounds).

Every input item yields exactly one ``ItemResult`` (through ``Results``). This
module holds the options (``BatchSender``) and the run's life (``BatchRun``);
each piece above has its own module.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterable, Generator, Iterable
from types import TracebackType
from typing import Any, Literal

import anyio
from anyio.abc import TaskGroup

from ._budget import Budget
from ._budget_url import budget_from_url, budget_kind
from ._journal import Journal
from ._journal_url import journal_kind, postgres_options
from ._pg_dsn import redact_url
from ._reconcile import ReconcilePhase, Reconciler, default_reconciler
from ._results import Results
from ._source import InputSource, Source
from ._types import BatchSummary, ItemResult
from ._workers import WorkerPool

#: Concurrency ``"auto"`` starts with (slow start doubles it every round trip).
AUTO_INITIAL = 8


def _target_label(resource: Any) -> str:
    path = getattr(resource, "_path_params", ())
    return type(resource).__qualname__ + "".join(f"/{p}" for p in path)


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

    def __init__(self, sender: BatchSender, source: Source | None):
        self._sender = sender
        self.summary = BatchSummary()
        self._started = False
        self.finished = False
        self._error: BaseException | None = None
        self._t0 = time.monotonic()
        self.budget: Budget[Any]
        self.budget, self._owns_budget = sender._new_budget()
        self.journal: Journal
        if source is None:  # campaign mode: rows claimed from the PostgreSQL journal
            from ._campaign_run import campaign_parts

            assert sender.campaign is not None and isinstance(sender.journal_path, str)
            self.journal, source = campaign_parts(
                url=sender.journal_path,
                campaign=sender.campaign,
                budget=self.budget,
                reconciler=sender.reconciler,
                resource=sender.resource,
                grace=sender.reconcile_grace,
            )
        else:
            self.journal = Journal(sender.journal_path, synchronous=sender.journal_sync)
        self._source: Source = source
        self._results = Results(self.summary, sender.result_buffer)
        self._reconcile = ReconcilePhase(
            reconciler=sender.reconciler,
            resource=sender.resource,
            journal=self.journal,
            budget=self.budget,
            results=self._results,
            grace=sender.reconcile_grace,
            defer=sender.campaign is None,
        )
        self._pool = WorkerPool(
            create=sender.create,
            source=source,
            budget=self.budget,
            journal=self.journal,
            results=self._results,
            reconcile=self._reconcile,
            max_workers=sender._max_capacity(),
            max_rate_limit_retries=sender.max_rate_limit_retries,
            max_unsent_retries=sender.max_unsent_retries,
        )
        self._done = anyio.Event()

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
    def peak_workers(self) -> int:
        """The most workers alive at once (at most the concurrency limit)."""
        return self._pool.peak

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
                    await self._pool.run()
                    await self._reconcile.settle_run(
                        self._sender.reconcile_rounds, self._pool.resend
                    )
                finally:
                    await journal.aclose()
                journal.check()  # the last writes too
            self._source.check()  # bad or changed input stopped the intake
        except Exception as err:
            self._error = _single(err)
        finally:
            with anyio.CancelScope(shield=True):
                await journal.aclose()
                if self._owns_budget:
                    await self.budget.aclose()
            s = self.summary
            s.elapsed = time.monotonic() - self._t0
            s.concurrency = self.budget.limit
            s.peak_in_flight = self.budget.peak_in_flight
            self.finished = True
            self._done.set()
            self._results.close()


def _check_campaign(journal: object, campaign: str | None) -> str | None:
    """The campaign to send: given, or in the PostgreSQL journal URL's query; checked."""
    postgres = isinstance(journal, str) and journal_kind(journal) == "postgres"
    if campaign is not None:
        if not isinstance(campaign, str) or not campaign or len(campaign) > 200:
            raise ValueError("campaign must be a non-empty string of at most 200 characters")
        if not postgres:
            raise ValueError("campaign: campaigns live in a PostgreSQL journal (postgresql://…)")
        return campaign
    if postgres:
        assert isinstance(journal, str)
        named = postgres_options(journal)[1].get("campaign")
        if not named:
            raise ValueError(
                "campaign: a PostgreSQL journal holds campaigns; give campaign='NAME' "
                "(and send it with run_campaign())"
            )
        return str(named)
    return None


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
    - ``campaign`` (with ``journal="postgresql://…"``): send that campaign of the
      PostgreSQL journal with ``run_campaign()``, one worker of many (README, "Many
      workers: PostgreSQL + Redis").
    - ``budget``: the concurrency budget: a ``Budget`` (kept open: the caller closes
      it), ``"redis://…"`` (one ``RedisBudget`` shared by every worker on the account,
      made from ``concurrency``, ``rate``, ``burst``, ``max_concurrency``), or
      ``"local"``/None (this process alone, the default).
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
        campaign: str | None = None,
        budget: Budget[Any] | str | None = None,
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
        campaign = _check_campaign(journal, campaign)
        if isinstance(budget, str) or budget is None:
            budget_kind(budget)  # ValueError for an unknown scheme, before anything starts
        elif not all(hasattr(budget, n) for n in ("acquire", "release", "limit")):
            raise TypeError(
                f"budget must be a Budget, a redis:// URL, 'local' or None, "
                f"not {type(budget).__name__}"
            )
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
        self.campaign = campaign
        self.budget = budget
        self._tg: TaskGroup | None = None
        self._runs: list[BatchRun] = []

    def __repr__(self) -> str:
        journal = str(self.journal_path) if self.journal_path else None
        if journal is not None and journal_kind(journal) == "postgres":
            journal = redact_url(journal)
        shown = f" campaign={self.campaign!r}" if self.campaign is not None else ""
        return (
            f"<BatchSender {self.target} concurrency={self.concurrency!r} rate={self.rate!r} "
            f"journal={journal!r}{shown}>"
        )

    def _max_capacity(self) -> int:
        return self.max_concurrency if self.concurrency == "auto" else int(self.concurrency)

    def _new_budget(self) -> tuple[Budget[Any], bool]:
        """The run's concurrency budget, and whether the run made it (and so closes it).

        In-process unless ``budget`` says otherwise: AIMD for ``"auto"``, else fixed.
        """
        if self.budget is not None and not isinstance(self.budget, str):
            return self.budget, False
        made = budget_from_url(
            self.budget,
            account=self.account,
            concurrency=self.concurrency,
            rate=self.rate,
            burst=self.burst,
            max_concurrency=self.max_concurrency,
        )
        return made, True

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
        if self.campaign is not None:
            raise RuntimeError(
                f"this sender sends campaign {self.campaign!r}: use run_campaign(), not send()"
            )
        return self._new_run(source)

    def run_campaign(self) -> BatchRun:
        """Send this worker's share of the campaign: rows it claims until none is left.

        Like ``send``: inside ``async with`` the run starts now (iterate it for the
        results of the rows this worker sent); outside, await it for its summary. Other
        workers (processes, hosts) running the same campaign share the rows. The
        campaign's totals are the journal's counters (``twilio-async journal status``).
        """
        if self.campaign is None:
            raise RuntimeError("run_campaign() needs campaign= and a postgresql:// journal")
        return self._new_run(None)

    def _new_run(self, source: Source | None) -> BatchRun:
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
