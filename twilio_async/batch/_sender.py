"""``BatchSender``: many creates, bounded concurrency, a journal, reconciliation.

One run goes through three phases:

1. **Resume** (only with a journal that already has items): items an earlier run
   left in flight or uncertain are reconciled against Twilio; those found are
   recorded as sent, those proven absent become pending again.
2. **Send**: the input is read a chunk at a time (never all of it), each item's
   journal row is looked up (sent items are skipped), and the rest go through the
   limiter. Before a create leaves the process its row is committed as
   ``in_flight``; 429s and errors that prove nothing was sent are retried;
   an answer that was lost makes the item ``uncertain``.
3. **Reconcile**: uncertain items of this run are looked up in Twilio once the
   grace period has passed; those proven absent are sent again (for a few rounds).

Every input item yields exactly one ``ItemResult``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Generator, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from types import TracebackType
from typing import Any, Literal

import anyio
from anyio.abc import TaskGroup

from .._errors import (
    RateLimitError,
    TwilioClientClosedError,
    TwilioConnectionError,
    TwilioResponseError,
    TwilioRestError,
    TwilioValidationError,
)
from .._options import RequestOptions
from .._retry import answered_before_processing
from ._journal import (
    FAILED,
    IN_FLIGHT,
    SENT,
    UNCERTAIN,
    Journal,
    JournalMismatchError,
    Row,
)
from ._limiter import AIMD, Limiter, TokenBucket
from ._reconcile import Reconciler, default_reconciler, epoch_to_datetime
from ._types import BatchItem, BatchSummary, ItemError, ItemResult

#: Items read from the input (and looked up in the journal) at a time.
CHUNK = 256
#: Most items journaled as in flight by one commit ahead of their requests.
WRITE_AHEAD_GROUP = 64
#: Concurrency ``"auto"`` starts with (slow start doubles it every round trip).
AUTO_INITIAL = 8

_NO_RETRY = RequestOptions(max_retries=0)


@dataclass(slots=True)
class _Item:
    index: int
    key: str
    params: Mapping[str, Any]
    digest: str | None
    attempts: int = 0
    first_attempt: float = 0.0
    last_attempt: float = 0.0
    fingerprint: str | None = None
    error: ItemError | None = None
    #: Set once the item's in-flight row is committed (durable journal only).
    wal: anyio.Event | None = None


def params_digest(params: Mapping[str, Any]) -> str:
    """A stable hash of an item's parameters (order of keys does not matter)."""
    text = json.dumps(params, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _target_label(resource: Any) -> str:
    path = getattr(resource, "_path_params", ())
    return type(resource).__qualname__ + "".join(f"/{p}" for p in path)


def _sid_of(instance: Any) -> str | None:
    sid = getattr(instance, "sid", None)
    if sid is None:
        field = getattr(instance, "_key_field", None)
        sid = getattr(instance, field, None) if isinstance(field, str) else None
    return str(sid) if sid is not None else None


def _rest_error(err: TwilioRestError, *, retryable: bool = False) -> ItemError:
    reason = f"HTTP {err.status}" + (f" code {err.code}" if err.code is not None else "")
    return ItemError(
        reason=reason,
        message=err.message or str(err),
        status=err.status,
        code=err.code,
        retryable=retryable,
        exception=err,
    )


def _error_from_row(row: Row) -> ItemError:
    try:
        data = json.loads(row.error) if row.error else {}
    except ValueError:
        data = {}
    error = ItemError.from_json(data if isinstance(data, dict) else {})
    return dataclasses.replace(error, retryable=row.retryable)


class BatchRun:
    """One run of a ``BatchSender``: iterate it for results, or await it for the summary.

    ``summary`` is live while the run goes (``in_flight`` and ``concurrency`` too),
    which is what progress displays read.

    Items are pulled from the input by a pool of workers that grows and shrinks with
    the concurrency limit, so what is held at any time (``peak_held``) is about the
    limit plus one chunk of input, whatever the batch size. The exception: items
    waiting for end-of-run reconciliation stay in memory until then.
    """

    def __init__(self, sender: BatchSender, items: Iterable[Any] | AsyncIterable[Any]):
        self._sender = sender
        self._items = items
        self.summary = BatchSummary()
        self._started = False
        self.finished = False
        self._error: BaseException | None = None
        self._t0 = time.monotonic()
        self.limiter = Limiter(
            AIMD(**sender._limiter_settings()),
            TokenBucket(sender.rate, sender.burst) if sender.rate else None,
        )
        self.journal = Journal(sender.journal_path, synchronous=sender.journal_sync)
        # results, consumed by iteration (or discarded when the run is awaited)
        self._results: deque[ItemResult] = deque()
        self._result_waiter: anyio.Event | None = None
        self._space_waiters: deque[anyio.Event] = deque()
        self._discard = False
        self._done = anyio.Event()
        # input
        self._input: AsyncIterator[list[Any]] | None = None
        self._ready: deque[_Item] = deque()
        self._next_index = 0
        self._input_done = False
        self._input_error: BaseException | None = None
        self._refill_done: anyio.Event | None = None
        # workers
        self._workers_tg: TaskGroup | None = None
        self._workers = 0
        self._sleeping = 0
        self._max_workers = 2 * sender._max_capacity() + 16
        self.peak_workers = 0
        #: Items read from the input and not yet given a result (now, and the most seen).
        self.held = 0
        self.peak_held = 0
        self._uncertain: list[_Item] = []

    # ------------------------------------------------------------ public surface

    @property
    def in_flight(self) -> int:
        return self.limiter.in_flight

    @property
    def concurrency(self) -> int:
        return self.limiter.capacity

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
        while not self._results:
            if self.finished:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            waiter = self._result_waiter = anyio.Event()
            await waiter.wait()
        result = self._results.popleft()
        if self._space_waiters:
            self._space_waiters.popleft().set()
        return result

    def __await__(self) -> Generator[Any, None, BatchSummary]:
        return self._wait().__await__()

    async def _wait(self) -> BatchSummary:
        if self._started:
            await self._drain()
        else:
            async with anyio.create_task_group() as tg:
                self._start(tg)
                await self._drain()
        if self._error is not None:
            raise self._error
        return self.summary

    async def _drain(self) -> None:
        """Nobody reads results one by one: stop keeping them, wait for the end."""
        self._discard = True
        self._results.clear()
        while self._space_waiters:
            self._space_waiters.popleft().set()
        await self._done.wait()

    def _start(self, tg: TaskGroup) -> None:
        if self._started:
            raise RuntimeError("this batch run was already started")
        self._started = True
        tg.start_soon(self._main)

    def _wake_consumer(self) -> None:
        waiter, self._result_waiter = self._result_waiter, None
        if waiter is not None:
            waiter.set()

    async def _emit(self, result: ItemResult) -> None:
        """Count a final result and hand it to the reader (waiting while its buffer is full)."""
        self.summary.count(result)
        self.held -= 1
        if self._discard:
            return
        while len(self._results) >= self._sender.result_buffer and not self._discard:
            space = anyio.Event()
            self._space_waiters.append(space)
            await space.wait()
        if not self._discard:
            self._results.append(result)
            self._wake_consumer()

    # ------------------------------------------------------------ the run

    async def _main(self) -> None:
        self._t0 = time.monotonic()
        try:
            async with anyio.create_task_group() as tg:
                await self.journal.open(account=self._sender.account, target=self._sender.target)
                tg.start_soon(self.journal.flusher)
                try:
                    if self.journal.resuming:
                        await self._reconcile_journal()
                    self._input = _chunks(self._items, CHUNK)
                    async with anyio.create_task_group() as workers:
                        self._workers_tg = workers
                        self._spawn_workers()
                    self._workers_tg = None
                    await self._reconcile_uncertain()
                finally:
                    await self.journal.aclose()
                self.journal.check()  # the last writes too
            if self._input_error is not None:
                raise self._input_error
        except Exception as err:
            self._error = _single(err)
        finally:
            with anyio.CancelScope(shield=True):
                await self.journal.aclose()
            s = self.summary
            s.elapsed = time.monotonic() - self._t0
            s.concurrency = self.limiter.capacity
            s.peak_in_flight = self.limiter.aimd.peak_in_flight
            self.finished = True
            self._done.set()
            self._wake_consumer()

    def _spawn_workers(self) -> None:
        """As many workers as the limit allows in flight, plus those asleep in a backoff."""
        tg = self._workers_tg
        if tg is None or (self._input_done and not self._ready):
            return
        want = min(self.limiter.capacity + self._sleeping, self._max_workers)
        while self._workers < want:
            self._workers += 1
            tg.start_soon(self._worker)
        self.peak_workers = max(self.peak_workers, self._workers)

    async def _worker(self) -> None:
        try:
            # A worker beyond the limit (it went down after a 429) leaves after its item.
            while self._workers - self._sleeping <= self.limiter.capacity:
                item = await self._next_item()
                if item is None:
                    return
                result = await self._attempt(item)
                if result is not None:
                    await self._emit(result)
                self._spawn_workers()
        finally:
            self._workers -= 1

    async def _next_item(self) -> _Item | None:
        while True:
            if self._ready:
                return self._ready.popleft()
            if self._input_done:
                return None
            if self._refill_done is not None:  # another worker is reading the input
                await self._refill_done.wait()
                continue
            done = self._refill_done = anyio.Event()
            try:
                await self._refill()
            except Exception as err:  # bad input or journal: finish what is in flight, then stop
                self._input_error = err
                self._input_done = True
            finally:
                self._refill_done = None
                done.set()

    async def _refill(self) -> None:
        """Read one chunk of input; emit what the journal already settled, queue the rest."""
        assert self._input is not None
        try:
            chunk = await self._input.__anext__()
        except StopAsyncIteration:
            self._input_done = True
            return
        journal = self.journal
        durable = journal.durable
        self.held += len(chunk)
        self.peak_held = max(self.peak_held, self.held)
        batch: list[_Item] = []
        for raw in chunk:
            index = self._next_index
            self._next_index += 1
            if isinstance(raw, BatchItem):
                params, key = raw.params, raw.key
            elif isinstance(raw, Mapping):
                params, key = raw, None
            else:
                self.held -= len(chunk) - len(batch)  # these will never get a result
                raise TypeError(
                    f"batch item {index} must be a mapping of create parameters or a "
                    f"BatchItem, got {type(raw).__name__}"
                )
            digest = params_digest(params) if durable else None
            batch.append(_Item(index, f"#{index}" if key is None else str(key), params, digest))
        rows = await journal.lookup([it.key for it in batch]) if durable else {}
        seen: set[str] = set()
        for item in batch:
            row = rows.get(item.key)
            if item.key in seen or (row is not None and row.run == journal.run):
                error = ItemError("duplicate key", f"key {item.key!r} appears twice")
                await self._emit(ItemResult(item.index, item.key, "failed", error=error))
                continue
            seen.add(item.key)
            if row is not None:
                if item.key.startswith("#") and row.digest and row.digest != item.digest:
                    self.held -= sum(1 for it in batch if it.index >= item.index)
                    raise JournalMismatchError(
                        f"item {item.index} differs from the one the journal recorded at "
                        "that position: the input changed since the journal was written. "
                        "Resume with the same input, or give items stable keys."
                    )
                if await self._settled(item, row):
                    continue
            self._ready.append(item)

    async def _settled(self, item: _Item, row: Row) -> bool:
        """Emit the journal's outcome for an item settled by an earlier run; False: send it."""
        if row.state == SENT:
            await self._emit(ItemResult(item.index, item.key, "skipped", sid=row.sid, resumed=True))
            return True
        if row.state == FAILED and not (row.retryable or self._sender.retry_failed):
            error = _error_from_row(row)
            await self._emit(ItemResult(item.index, item.key, "failed", error=error, resumed=True))
            return True
        if row.state in (IN_FLIGHT, UNCERTAIN):  # reconciliation could not tell
            lost = _error_from_row(row) if row.error else None
            await self._emit(
                ItemResult(item.index, item.key, "uncertain", error=lost, resumed=True)
            )
            return True
        return False  # pending, or failed without taking effect: send it

    async def _backoff(self, delay: float) -> None:
        """Sleep without holding a slot; another worker takes the slot meanwhile."""
        self._sleeping += 1
        self._spawn_workers()
        try:
            await anyio.sleep(delay)
        finally:
            self._sleeping -= 1

    async def _attempt(self, item: _Item) -> ItemResult | None:
        """Send one item until it has an outcome; None when it is left for reconciliation."""
        sender = self._sender
        limiter = self.limiter
        journal = self.journal
        summary = self.summary
        create = sender.create
        params = item.params
        written = False
        rate_limited = 0
        unsent = 0
        options = params.get("options")
        call_params = dict(params)
        call_params["options"] = (
            dataclasses.replace(options, max_retries=0)
            if isinstance(options, RequestOptions)
            else _NO_RETRY
        )
        while True:
            ticket = await limiter.acquire(priority=item.attempts > 0)
            now = time.time()
            if not written:
                try:
                    if journal.durable:  # write-ahead: known in flight before it is
                        if item.wal is None:
                            await self._write_ahead(item, now)
                        assert item.wal is not None
                        await item.wal.wait()
                        journal.check()
                except BaseException:
                    limiter.failed(ticket)  # nothing was sent; a journal error stops the run
                    raise
                written = True
            try:
                if not item.first_attempt:
                    item.first_attempt = now
                item.last_attempt = now
                item.attempts += 1
                instance = await create(**call_params)
            except RateLimitError as err:
                limiter.rate_limited(ticket, err.retry_after)
                summary.rate_limited += 1
                rate_limited += 1
                if rate_limited > sender.max_rate_limit_retries:
                    return await self._failed(
                        item, _rest_error(err, retryable=True), "rate limited"
                    )
                summary.retried += 1
                delay = err.retry_after or random.uniform(
                    0, min(2.0, 0.05 * 2 ** min(rate_limited, 8))
                )
                await self._backoff(delay)
                continue
            except TwilioConnectionError as err:
                limiter.failed(ticket)
                if err.may_have_been_processed:
                    return await self._uncertain_item(item, _connection_error(err))
                unsent += 1
                if unsent > sender.max_unsent_retries:
                    error = dataclasses.replace(_connection_error(err), retryable=True)
                    return await self._failed(item, error)
                summary.retried += 1
                await self._backoff(random.uniform(0, min(5.0, 0.2 * 2**unsent)))
                continue
            except TwilioRestError as err:
                if err.status >= 500:
                    limiter.failed(ticket)
                else:
                    limiter.succeeded(ticket)  # Twilio answered: the round trip counts
                if answered_before_processing(err.status, err.retry_after):
                    # A 503 with Retry-After: refused before processing, so sending again is safe.
                    unsent += 1
                    if unsent <= sender.max_unsent_retries:
                        summary.retried += 1
                        await self._backoff(err.retry_after or 1.0)
                        continue
                if err.may_have_been_processed:
                    return await self._uncertain_item(item, _rest_error(err))
                return await self._failed(item, _rest_error(err))
            except TwilioResponseError as err:
                limiter.failed(ticket)
                error = ItemError(
                    f"unreadable HTTP {err.status} answer",
                    str(err),
                    status=err.status,
                    exception=err,
                )
                if err.may_have_been_processed:  # a 2xx we could not read, or a 5xx
                    return await self._uncertain_item(item, error)
                return await self._failed(item, error)
            except TwilioClientClosedError:
                limiter.failed(ticket)  # nothing can be sent any more: stop the run
                raise
            except (TwilioValidationError, TypeError) as err:
                limiter.failed(ticket)  # refused before any request was made
                error = ItemError("invalid parameters", str(err), exception=err)
                return await self._failed(item, error)
            except Exception as err:
                limiter.failed(ticket)
                error = ItemError(type(err).__name__, str(err) or type(err).__name__, exception=err)
                return await self._uncertain_item(item, error)
            except BaseException:
                limiter.failed(ticket)  # cancelled: the row stays in flight for the next run
                raise
            limiter.succeeded(ticket)
            sid = _sid_of(instance)
            await journal.sent(item.key, item.index, item.digest, sid or "")
            return ItemResult(
                item.index,
                item.key,
                "sent",
                sid=sid,
                attempts=item.attempts,
                instance=instance,
            )

    async def _failed(self, item: _Item, error: ItemError, reason: str | None = None) -> ItemResult:
        if reason is not None:
            error = dataclasses.replace(error, reason=reason)
        await self.journal.failed(
            item.key, item.index, item.digest, error.to_json(), error.retryable
        )
        return ItemResult(item.index, item.key, "failed", error=error, attempts=item.attempts)

    async def _resend(self, item: _Item) -> None:
        result = await self._attempt(item)
        if result is not None:
            await self._emit(result)

    async def _settle_items(
        self, fingerprint: str, items: list[_Item], *, resend: list[_Item]
    ) -> None:
        """Reconcile uncertain items sharing a fingerprint, oldest first, one at a time."""
        for item in sorted(items, key=lambda it: it.first_attempt):
            try:
                outcome = await self._lookup(fingerprint, item.first_attempt)
            except Exception:  # the listing failed: look again next round
                self._uncertain.append(item)
                continue
            if isinstance(outcome, str):
                await self.journal.sent(item.key, item.index, item.digest, outcome)
                await self.journal.sync()  # later lookups must see this SID as taken
                self.summary.reconciled_found += 1
                result = ItemResult(
                    item.index,
                    item.key,
                    "sent",
                    sid=outcome,
                    attempts=item.attempts,
                    reconciled=True,
                )
                await self._emit(result)
            elif outcome is False:
                await self.journal.pending(item.key)
                self.summary.reconciled_absent += 1
                item.wal = None  # its next attempt is journaled again before it leaves
                resend.append(item)
            else:
                result = ItemResult(
                    item.index, item.key, "uncertain", error=item.error, attempts=item.attempts
                )
                await self._emit(result)

    async def _write_ahead(self, item: _Item, now: float) -> None:
        """Journal ``item`` as in flight, with the next few items about to go: one commit.

        Rows go in the journal just before their requests leave; a crash leaves at
        most the items in flight plus this small group to reconcile.
        """
        group = [item]
        size = max(1, min(WRITE_AHEAD_GROUP, self.limiter.capacity // 4))
        for queued in self._ready:
            if len(group) >= size:
                break
            if queued.wal is None:
                group.append(queued)
        for member in group:
            self._fingerprint(member)  # the row says how to reconcile it after a crash
            await self.journal.in_flight(
                member.key, member.index, member.digest, member.fingerprint, now
            )
        committed = self.journal.commit_soon()
        for member in group:
            member.wal = committed

    def _fingerprint(self, item: _Item) -> str | None:
        reconciler = self._sender.reconciler
        if item.fingerprint is None and reconciler is not None:
            fp = reconciler.fingerprint(item.params)
            item.fingerprint = json.dumps(fp, sort_keys=True) if fp else None
        return item.fingerprint

    async def _uncertain_item(self, item: _Item, error: ItemError) -> ItemResult | None:
        item.error = error
        self._fingerprint(item)
        await self.journal.uncertain(item.key, error.to_json())
        if self._sender.reconciler is None or item.fingerprint is None:
            return ItemResult(
                item.index, item.key, "uncertain", error=error, attempts=item.attempts
            )
        self._uncertain.append(item)
        return None

    # ------------------------------------------------------------ reconciliation

    async def _lookup(self, fingerprint: str, first_attempt: float) -> str | bool | None:
        """A free SID matching the fingerprint (found), False (proven absent), None (unknown).

        Raises when the lookup itself failed (the caller tries again later).
        """
        reconciler = self._sender.reconciler
        assert reconciler is not None
        ticket = await self.limiter.acquire(priority=True)
        try:
            found = await reconciler.candidates(
                self._sender.resource, json.loads(fingerprint), epoch_to_datetime(first_attempt)
            )
        except BaseException:
            self.limiter.failed(ticket)
            raise
        self.limiter.succeeded(ticket)
        if found is None:
            return None
        claimed = await self.journal.claimed(found)
        free = [sid for sid in found if sid not in claimed]
        return free[0] if free else False

    async def _grace(self, last_attempt: float) -> None:
        """Let a request that may still be on its way land before looking for it."""
        wait = last_attempt + self._sender.reconcile_grace - time.time()
        if wait > 0:
            await anyio.sleep(wait)

    async def _reconcile_journal(self) -> None:
        """Phase 1: settle what an earlier run left in flight or uncertain."""
        if self._sender.reconciler is None:
            return
        groups: dict[str, list[Row]] = {}
        latest = 0.0
        async for row in self.journal.unresolved():
            if row.fingerprint:
                groups.setdefault(row.fingerprint, []).append(row)
                latest = max(latest, row.last_attempt or 0.0)
        if not groups:
            return
        await self._grace(latest)

        async def settle(fingerprint: str, rows: list[Row]) -> None:
            for row in sorted(rows, key=lambda r: r.first_attempt or 0.0):
                try:
                    outcome = await self._lookup(fingerprint, row.first_attempt or 0.0)
                except Exception:  # the listing failed: the row stays unresolved
                    continue
                if isinstance(outcome, str):
                    await self.journal.sent(row.key, row.pos or 0, row.digest, outcome)
                    self.summary.reconciled_found += 1
                elif outcome is False:
                    await self.journal.pending(row.key)
                    self.summary.reconciled_absent += 1
            await self.journal.sync()

        await _each_group(groups, settle)

    async def _reconcile_uncertain(self) -> None:
        """Phase 3: look up this run's uncertain items; send again those proven absent."""
        for _ in range(self._sender.reconcile_rounds):
            pending, self._uncertain = self._uncertain, []
            if not pending:
                return
            await self._grace(max(item.last_attempt for item in pending))
            groups: dict[str, list[_Item]] = {}
            for item in pending:
                assert item.fingerprint is not None
                groups.setdefault(item.fingerprint, []).append(item)
            resend: list[_Item] = []
            await _each_group(groups, partial(self._settle_items, resend=resend))
            await self.journal.sync()
            async with anyio.create_task_group() as tg:
                for item in resend:
                    self.summary.retried += 1
                    tg.start_soon(self._resend, item)
        for item in self._uncertain:  # still uncertain after the last round
            await self._emit(
                ItemResult(
                    item.index, item.key, "uncertain", error=item.error, attempts=item.attempts
                )
            )
        self._uncertain = []


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


def _connection_error(err: TwilioConnectionError) -> ItemError:
    return ItemError(
        "timeout" if "Timeout" in type(err).__name__ else "connection error",
        str(err),
        exception=err,
    )


async def _each_group(groups: Mapping[str, Any], settle: Any, parallel: int = 16) -> None:
    """Run ``settle(fingerprint, members)`` per group: groups in parallel, members in order."""
    limit = anyio.CapacityLimiter(parallel)

    async def one(fingerprint: str, members: Any) -> None:
        async with limit:
            await settle(fingerprint, members)

    async with anyio.create_task_group() as tg:
        for fingerprint, members in groups.items():
            tg.start_soon(one, fingerprint, members)


async def _chunks(items: Iterable[Any] | AsyncIterable[Any], size: int) -> AsyncIterator[list[Any]]:
    """The input, ``size`` items at a time: only one chunk is ever held."""
    chunk: list[Any] = []
    if isinstance(items, AsyncIterable):
        async for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    else:
        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


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

    def _limiter_settings(self) -> dict[str, Any]:
        if self.concurrency == "auto":
            return {
                "initial": min(AUTO_INITIAL, self.max_concurrency),
                "adaptive": True,
                "maximum": self.max_concurrency,
            }
        return {"initial": self.concurrency, "adaptive": False, "maximum": self.concurrency}

    def send(self, items: Iterable[Any] | AsyncIterable[Any]) -> BatchRun:
        """Start sending ``items`` (an iterable or async iterable, read lazily).

        Inside ``async with`` the run starts now; iterate the returned run for
        results as they complete, or await it for the summary. Outside, await it.
        """
        if self.journal_path is not None and self._runs:
            raise RuntimeError("a BatchSender with a journal sends one batch; make another")
        run = BatchRun(self, items)
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
        if any(not run.finished for run in self._runs):
            tg.cancel_scope.cancel()  # left early: stop; in-flight rows are reconciled next run
        return await tg.__aexit__(exc_type, exc, tb)
