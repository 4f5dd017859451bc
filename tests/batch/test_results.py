"""``Results``: the results channel (an anyio memory stream), counting and back-pressure."""

from __future__ import annotations

import anyio

from twilio_async.batch import BatchSummary, ItemResult
from twilio_async.batch._results import Results


def _result(i: int) -> ItemResult:
    return ItemResult(i, f"#{i}", "sent", sid=f"SM{i:032x}")


async def test_results_are_counted_and_read_in_order_then_the_end() -> None:
    results = Results(BatchSummary(), buffer=4)
    results.open()
    results.admit(3)
    for i in range(3):
        await results.emit(_result(i))
    results.close()
    read = [await results.receive() for _ in range(3)]
    assert [r.index for r in read if r is not None] == [0, 1, 2]
    assert await results.receive() is None  # the end, and again
    assert await results.receive() is None
    assert results.summary.sent == 3 and results.summary.total == 3
    assert (results.held, results.peak_held) == (0, 3)


async def test_a_full_buffer_makes_the_emitter_wait_for_the_reader() -> None:
    results = Results(BatchSummary(), buffer=2)
    results.open()
    emitted = 0

    async def emit_all() -> None:
        nonlocal emitted
        for i in range(5):
            await results.emit(_result(i))
            emitted += 1

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            tg.start_soon(emit_all)
            await anyio.wait_all_tasks_blocked()
            assert emitted == 2  # the buffer holds two; the third waits for room
            assert results.summary.total == 3  # counted before it was handed over
            got = [await results.receive() for _ in range(5)]
    results.close()
    assert await results.receive() is None  # the end (which closes the reading side)
    assert [r.index for r in got if r is not None] == [0, 1, 2, 3, 4]


async def test_discard_drops_buffered_results_and_frees_waiting_emitters() -> None:
    results = Results(BatchSummary(), buffer=1)
    results.open()
    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            for i in range(4):
                tg.start_soon(results.emit, _result(i))
            await anyio.wait_all_tasks_blocked()
            results.discard()  # the run is awaited now: nobody reads results one by one
    await results.emit(_result(4))  # later results are counted only
    assert results.summary.total == 5
    assert await results.receive() is None


async def test_without_a_reader_nothing_is_kept() -> None:
    results = Results(BatchSummary(), buffer=1)  # never opened: the run is awaited
    for i in range(1000):
        await results.emit(_result(i))
    assert results.summary.sent == 1000
    assert await results.receive() is None


def test_held_counts_items_in_and_results_out() -> None:
    results = Results(BatchSummary(), buffer=0)
    results.admit(10)
    results.leave(4)  # the run stopped before these could be sent
    results.admit(2)
    assert (results.held, results.peak_held) == (8, 10)
