"""``InputSource``: input a chunk at a time, requeued items on a heap, write-ahead in groups."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import anyio
import pytest

from twilio_async.batch import BatchItem, BatchSummary
from twilio_async.batch._digest import params_digest
from twilio_async.batch._journal import Journal
from twilio_async.batch._results import Results
from twilio_async.batch._source import InputSource, WorkItem


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _items(n: int) -> list[dict[str, Any]]:
    return [{"to": f"+1555{i:07d}", "body": f"item {i}"} for i in range(n)]


async def _open(items: Iterable[Any], journal: Journal, **kw: Any) -> tuple[InputSource, Results]:
    source = InputSource(items, **kw)
    results = Results(BatchSummary(), buffer=0)
    await source.open(journal, results, lambda item: None)
    return source, results


@pytest.fixture
async def ephemeral() -> AsyncIterator[Journal]:
    journal = Journal(None)
    await journal.open(account="AC", target="t")
    yield journal
    await journal.aclose()


async def test_items_come_in_order_a_chunk_at_a_time(ephemeral: Journal) -> None:
    source, results = await _open(_items(5), ephemeral, chunk=2)
    first = await source.next()
    assert first is not None and (first.index, first.key) == (0, "#0")
    assert results.held == 2  # one chunk read, not the whole input
    rest = [await source.next() for _ in range(4)]
    assert [it.index for it in rest if it is not None] == [1, 2, 3, 4]
    assert await source.next() is None and source.exhausted
    source.check()  # no input error


async def test_a_requeued_item_waits_for_its_time_then_goes_before_new_input(
    ephemeral: Journal,
) -> None:
    clock = FakeClock()
    source, _ = await _open(_items(4), ephemeral, chunk=1, clock=clock)
    refused = await source.next()
    assert refused is not None
    await source.requeue(refused, 2.0)  # a 429 with Retry-After: 2
    assert not source.exhausted
    new = await source.next()
    assert new is not None and new.index == 1  # not due yet: new input goes first
    clock.now += 2.0
    again = await source.next()
    assert again is refused  # due now: before the rest of the input
    tail = [await source.next() for _ in range(2)]
    assert [it.index for it in tail if it is not None] == [2, 3]
    assert await source.next() is None


async def test_requeued_items_go_in_order_of_their_time(ephemeral: Journal) -> None:
    clock = FakeClock()
    source, _ = await _open(_items(3), ephemeral, clock=clock)
    a, b, c = [await source.next() for _ in range(3)]
    assert a is not None and b is not None and c is not None
    await source.requeue(a, 5.0)
    await source.requeue(b, 1.0)
    await source.requeue(c, 1.0)
    clock.now += 5.0
    order = [await source.next() for _ in range(3)]
    assert order == [b, c, a]  # earliest first; equal times keep their order


async def test_a_worker_waiting_for_a_later_item_takes_one_requeued_sooner(
    ephemeral: Journal,
) -> None:
    clock = FakeClock()
    source, _ = await _open(_items(2), ephemeral, clock=clock)
    late, soon = await source.next(), await source.next()
    assert late is not None and soon is not None
    assert await source.next() is None  # input done, nothing requeued
    await source.requeue(late, 3600.0)
    got: list[WorkItem | None] = []

    async def worker() -> None:
        got.append(await source.next())

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            tg.start_soon(worker)
            await anyio.wait_all_tasks_blocked()
            assert got == []  # waiting for the heap, not given up
            await source.requeue(soon, 0.0)
    assert got == [soon]


async def test_a_bad_item_stops_the_intake_after_what_came_before(ephemeral: Journal) -> None:
    source, results = await _open([*_items(2), "not a mapping", *_items(2)], ephemeral, chunk=2)
    taken = [await source.next() for _ in range(3)]
    assert [it.index for it in taken if it is not None] == [0, 1]
    assert taken[2] is None and results.held == 2  # the bad chunk is not held
    with pytest.raises(TypeError, match="batch item 2 must be a mapping"):
        source.check()


async def test_write_ahead_journals_the_item_with_the_next_ones_in_one_commit(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "run.db")
    await journal.open(account="AC", target="t")
    items = [BatchItem(p, key=f"k{i}") for i, p in enumerate(_items(10))]
    try:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as tg:
                tg.start_soon(journal.flusher)
                source, _ = await _open(items, journal)
                first = await source.next()
                assert first is not None and source.writes_ahead
                wal = await source.write_ahead(first, 1.0, group=4)
                await wal.done.wait()
                journal.check()
                assert wal.refused is None  # a local source fences nothing
                nxt = [await source.next() for _ in range(4)]
                assert [it.wal is wal for it in nxt if it is not None] == [True] * 3 + [False]
                rows = await journal.lookup([f"k{i}" for i in range(5)])
                assert sorted(rows) == ["k0", "k1", "k2", "k3"]
                assert {row.state for row in rows.values()} == {1}  # in flight
                assert rows["k1"].digest == params_digest(items[1].params)
                await journal.aclose()
    finally:
        await journal.aclose()
