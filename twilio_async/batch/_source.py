"""Where a run's items come from, and where refused ones wait: the ``Source`` seam.

The sender's workers ask the source for the next item (``next``), journal it as
in flight through the source before its request leaves (``write_ahead``, whose
answer says which items may go), and hand back items Twilio refused before
processing (``requeue`` with a delay: a 429's ``Retry-After``, or a backoff), so
that no worker sleeps holding an item.

``InputSource`` is the single-process source: it reads the caller's iterable a
chunk at a time, looks the chunk up in the SQLite journal, emits what earlier runs
settled, and queues the rest; requeued items wait in a small heap and go out,
before new input, once their time has come. A source that claims items from a
shared work queue (a PostgreSQL journal for many workers) implements the same
protocol: ``next`` claims, ``write_ahead`` is fenced by the claim (items whose
claim was lost are in ``WriteAhead.refused`` and leave this worker), ``requeue``
returns the row to the shared queue with its not-before time.
"""

from __future__ import annotations

import dataclasses
import heapq
import json
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import anyio

from ._digest import params_digest
from ._journal import FAILED, IN_FLIGHT, SENT, UNCERTAIN, Journal, JournalMismatchError, Row
from ._results import Results
from ._types import BatchItem, ItemError, ItemResult

#: Items read from the input (and looked up in the journal) at a time.
CHUNK = 256


@dataclass(slots=True)
class WorkItem:
    """One item on its way: what is sent, and what this run has seen of it so far."""

    index: int
    key: str
    params: Mapping[str, Any]
    digest: str | None
    attempts: int = 0
    first_attempt: float = 0.0
    last_attempt: float = 0.0
    fingerprint: str | None = None
    error: ItemError | None = None
    #: 429s, and provably unsent attempts, since the item was last (re)started.
    rate_limited: int = 0
    unsent: int = 0
    #: The commit that journals the item in flight; None until it is written.
    wal: WriteAhead | None = None


class WriteAhead:
    """One commit of in-flight rows. Wait for ``done``; then items in ``refused`` may not go.

    A worker holding a refused item gives its slot back and drops the item: it leaves
    this run without a result (``Results.leave``); its new owner reports it.
    """

    __slots__ = ("done", "refused")

    def __init__(self, done: anyio.Event, refused: set[str] | None = None) -> None:
        self.done = done
        #: Keys whose rows another worker owns now (fenced sources only; None: all may go).
        self.refused = refused


#: Computes (and caches on the item) what the journal stores to reconcile it later.
Fingerprint = Callable[[WorkItem], "str | None"]


class Source(Protocol):
    """Hands items to the workers and takes back those to be sent again later."""

    async def open(self, journal: Journal, results: Results, fingerprint: Fingerprint) -> None:
        """Start: the journal is open; settled items are emitted to ``results``."""
        ...

    @property
    def writes_ahead(self) -> bool:
        """Whether items are journaled in flight (``write_ahead``) before they are sent."""
        ...

    @property
    def exhausted(self) -> bool:
        """Nothing to hand out, now or later (until something is requeued)."""
        ...

    @property
    def draining(self) -> bool:
        """No new items will come: only those handed out or waiting to be sent again."""
        ...

    async def next(self) -> WorkItem | None:
        """The next item to send (waiting for one if need be); None when exhausted."""
        ...

    async def requeue(self, item: WorkItem, delay: float, *, rate_limited: bool = True) -> None:
        """Send ``item`` again, not before ``delay`` seconds from now.

        A delay, not a time: each source keeps it on its own clock (a shared queue
        as ``not_before`` in the database's). ``rate_limited`` is False for an attempt
        that provably never reached Twilio (a shared queue counts only 429s).
        """
        ...

    async def write_ahead(self, item: WorkItem, now: float, group: int) -> WriteAhead:
        """Journal ``item`` in flight (with up to ``group - 1`` items about to go)."""
        ...

    def check(self) -> None:
        """Raise the error that stopped the intake (bad input, changed input), if any."""
        ...


def error_from_row(row: Row) -> ItemError:
    """The ``ItemError`` an earlier run recorded in the journal."""
    try:
        data = json.loads(row.error) if row.error else {}
    except ValueError:
        data = {}
    error = ItemError.from_json(data if isinstance(data, dict) else {})
    return dataclasses.replace(error, retryable=row.retryable)


class InputSource:
    """Items from an iterable or async iterable, read a chunk at a time, resumed from the journal.

    ``retry_failed``: also send items an earlier run saw refused by Twilio.
    """

    def __init__(
        self,
        items: Iterable[Any] | AsyncIterable[Any],
        *,
        retry_failed: bool = False,
        chunk: int = CHUNK,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._items = items
        self._retry_failed = retry_failed
        self._chunk = chunk
        self._clock = clock
        self._chunks: AsyncIterator[list[Any]] | None = None
        self._journal: Journal | None = None
        self._results: Results | None = None
        self._fingerprint: Fingerprint = _no_fingerprint
        self._ready: deque[WorkItem] = deque()
        #: Requeued items: (due on ``clock``, sequence, item), a heap.
        self._later: list[tuple[float, int, WorkItem]] = []
        self._seq = 0
        self._requeued: anyio.Event | None = None  # wakes workers waiting for the heap
        self._next_index = 0
        self._input_done = False
        self._error: Exception | None = None
        self._reading: anyio.Event | None = None  # set when the chunk being read is queued

    async def open(self, journal: Journal, results: Results, fingerprint: Fingerprint) -> None:
        self._journal = journal
        self._results = results
        self._fingerprint = fingerprint
        self._chunks = _chunks(self._items, self._chunk)

    @property
    def writes_ahead(self) -> bool:
        return self._journal is not None and self._journal.durable

    @property
    def exhausted(self) -> bool:
        return self._input_done and not self._ready and not self._later

    @property
    def draining(self) -> bool:
        return self._input_done

    def check(self) -> None:
        if self._error is not None:
            raise self._error

    async def requeue(self, item: WorkItem, delay: float, *, rate_limited: bool = True) -> None:
        heapq.heappush(self._later, (self._clock() + delay, self._seq, item))
        self._seq += 1
        requeued, self._requeued = self._requeued, None
        if requeued is not None:
            requeued.set()

    async def next(self) -> WorkItem | None:
        later = self._later
        clock = self._clock
        while True:
            if later and later[0][0] <= clock():
                return heapq.heappop(later)[2]
            if self._ready:
                return self._ready.popleft()
            if not self._input_done:
                if self._reading is not None:  # another worker is reading the input
                    await self._reading.wait()
                    continue
                reading = self._reading = anyio.Event()
                try:
                    await self._read_chunk()
                except Exception as err:  # bad input or journal: finish what is queued, then stop
                    self._error = err
                    self._input_done = True
                finally:
                    self._reading = None
                    reading.set()
                continue
            if not later:
                return None
            # Input done: wait for the first requeued item's time, or for another requeue
            # (which may be due sooner).
            if self._requeued is None:
                self._requeued = anyio.Event()
            with anyio.move_on_after(max(0.0, later[0][0] - clock())):
                await self._requeued.wait()

    async def write_ahead(self, item: WorkItem, now: float, group: int) -> WriteAhead:
        """Journal ``item`` in flight, with the next few queued items: one commit.

        Rows go in the journal just before their requests leave; a crash leaves at
        most the items in flight plus this small group to reconcile.
        """
        journal = self._journal
        assert journal is not None
        members = [item]
        for queued in self._ready:
            if len(members) >= group:
                break
            if queued.wal is None:
                members.append(queued)
        fingerprint = self._fingerprint
        for member in members:  # the row says how to reconcile it after a crash
            await journal.in_flight(
                member.key, member.index, member.digest, fingerprint(member), now
            )
        wal = WriteAhead(journal.commit_soon())
        for member in members:
            member.wal = wal
        return wal

    async def _read_chunk(self) -> None:
        """Read one chunk of input; emit what the journal already settled, queue the rest."""
        assert self._chunks is not None and self._journal is not None
        assert self._results is not None
        try:
            chunk = await self._chunks.__anext__()
        except StopAsyncIteration:
            self._input_done = True
            return
        journal = self._journal
        results = self._results
        durable = journal.durable
        results.admit(len(chunk))
        batch: list[WorkItem] = []
        index = self._next_index
        for raw in chunk:
            if isinstance(raw, BatchItem):
                params, key = raw.params, raw.key
            elif isinstance(raw, Mapping):
                params, key = raw, None
            else:
                results.leave(len(chunk))  # none of this chunk will be sent
                raise TypeError(
                    f"batch item {index} must be a mapping of create parameters or a "
                    f"BatchItem, got {type(raw).__name__}"
                )
            digest = params_digest(params) if durable else None
            batch.append(WorkItem(index, f"#{index}" if key is None else str(key), params, digest))
            index += 1
        self._next_index = index
        rows = await journal.lookup([it.key for it in batch]) if durable else {}
        seen: set[str] = set()
        for item in batch:
            row = rows.get(item.key)
            if item.key in seen or (row is not None and row.run == journal.run):
                error = ItemError("duplicate key", f"key {item.key!r} appears twice")
                await results.emit(ItemResult(item.index, item.key, "failed", error=error))
                continue
            seen.add(item.key)
            if row is not None:
                if item.key.startswith("#") and row.digest and row.digest != item.digest:
                    results.leave(sum(1 for it in batch if it.index >= item.index))
                    raise JournalMismatchError(
                        f"item {item.index} differs from the one the journal recorded at "
                        "that position: the input changed since the journal was written. "
                        "Resume with the same input, or give items stable keys."
                    )
                settled = self._settled(item, row)
                if settled is not None:
                    await results.emit(settled)
                    continue
            self._ready.append(item)

    def _settled(self, item: WorkItem, row: Row) -> ItemResult | None:
        """The result an earlier run settled for ``item``; None: send it."""
        if row.state == SENT:
            return ItemResult(item.index, item.key, "skipped", sid=row.sid, resumed=True)
        if row.state == FAILED and not (row.retryable or self._retry_failed):
            error = error_from_row(row)
            return ItemResult(item.index, item.key, "failed", error=error, resumed=True)
        if row.state in (IN_FLIGHT, UNCERTAIN):  # reconciliation could not tell
            lost = error_from_row(row) if row.error else None
            return ItemResult(item.index, item.key, "uncertain", error=lost, resumed=True)
        return None  # pending, or failed without taking effect: send it


def _no_fingerprint(item: WorkItem) -> str | None:
    return None


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
