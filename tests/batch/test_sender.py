"""BatchSender against a scripted stub resource (no HTTP): outcomes, reconciliation, resume.

``StubMessages`` plays Twilio: ``create`` follows a script per body (answer, refuse,
or lose the answer before or after creating), ``stream`` lists what it created,
newest first, as ``MessageReconciler`` expects.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import anyio
import pytest

from twilio_async import (
    BadRequestError,
    RateLimitError,
    ServerError,
    TwilioConnectionError,
    TwilioValidationError,
)
from twilio_async.batch import (
    BatchItem,
    BatchSender,
    ItemResult,
    JournalError,
    JournalMismatchError,
    MessageReconciler,
)
from twilio_async.batch._journal import Journal, read_counts
from twilio_async.batch._source import CHUNK

URL = "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json"
ACCOUNT = "AC" + "5" * 32

OK = "ok"
LOST_AFTER = "lost-after"  # created, then the connection dropped
LOST_BEFORE = "lost-before"  # connection dropped, nothing created
SLOW = "slow"  # created only after a while (cancellable before that)


def rate_limited(retry_after: float | None = None) -> RateLimitError:
    return RateLimitError(status=429, method="POST", url=URL, code=20429, retry_after=retry_after)


def dropped(processed: bool) -> TwilioConnectionError:
    return TwilioConnectionError(
        "connection dropped", method="POST", url=URL, may_have_been_processed=processed
    )


class StubMessages:
    """A Messages-like resource: ``script[body]`` lists outcomes for successive attempts."""

    def __init__(self, script: dict[str, list[Any]] | None = None, *, delay: float = 0.0):
        self.script: dict[str, list[Any]] = defaultdict(list, script or {})
        self.records: list[SimpleNamespace] = []
        self.calls = 0
        self.attempt_times: dict[str, list[float]] = defaultdict(list)
        self.delay = delay

    def created(self) -> Counter[str]:
        return Counter(r.body for r in self.records)

    def _store(self, params: dict[str, Any]) -> SimpleNamespace:
        rec = SimpleNamespace(
            sid=f"SM{len(self.records) + 1:032x}",
            to=params["to"],
            from_=params.get("from_"),
            body=params.get("body"),
            messaging_service_sid=params.get("messaging_service_sid"),
            direction="outbound-api",
            date_created=datetime.now(timezone.utc).replace(microsecond=0),
        )
        self.records.append(rec)
        return rec

    async def create(self, **params: Any) -> SimpleNamespace:
        assert params.pop("options").max_retries == 0  # the sender owns retries of creates
        self.calls += 1
        body = params.get("body", "")
        self.attempt_times[body].append(time.monotonic())
        steps = self.script[body]
        outcome = steps.pop(0) if steps else OK
        if outcome == SLOW:
            await anyio.sleep(30)
        elif self.delay:
            await anyio.sleep(self.delay)
        else:
            await anyio.sleep(0)
        if isinstance(outcome, BaseException):
            raise outcome
        if outcome == LOST_BEFORE:
            raise dropped(True)
        rec = self._store(params)
        if outcome == LOST_AFTER:
            raise dropped(True)
        return rec

    async def stream(self, **query: Any) -> AsyncIterator[SimpleNamespace]:
        for rec in reversed(self.records):
            if rec.to == query["to"] and query.get("from_") in (None, rec.from_):
                yield rec


def items(n: int, *, start: int = 0) -> Iterator[dict[str, Any]]:
    for i in range(start, start + n):
        yield {"to": f"+1555{i:07d}", "from_": "+15017122661", "body": f"item {i}"}


def sender(resource: Any, **kw: Any) -> BatchSender:
    kw.setdefault("reconciler", MessageReconciler())
    kw.setdefault("reconcile_grace", 0.0)
    kw.setdefault("account", ACCOUNT)
    return BatchSender(resource, **kw)


async def collect(batch: BatchSender, source: Any) -> list[ItemResult]:
    async with batch:
        return [r async for r in batch.send(source)]


async def test_every_item_gets_exactly_one_result() -> None:
    stub = StubMessages()
    results = await collect(sender(stub, concurrency=7), items(500))
    assert sorted(r.index for r in results) == list(range(500))
    assert {r.status for r in results} == {"sent"}
    assert {r.key for r in results} == {f"#{i}" for i in range(500)}
    by_index = {r.index: r for r in results}
    assert by_index[3].instance.body == "item 3" and by_index[3].sid == by_index[3].instance.sid
    assert stub.created() == Counter(f"item {i}" for i in range(500))


async def test_outcomes_are_classified_and_retried_only_when_safe() -> None:
    script: dict[str, list[Any]] = {
        "item 1": [
            BadRequestError(status=400, method="POST", url=URL, code=21211, message="bad To")
        ],
        "item 2": [rate_limited(), rate_limited(), OK],
        "item 3": [dropped(False), OK],  # provably never sent: retried at once
        "item 4": [LOST_AFTER],  # created, answer lost: found by reconciliation
        "item 5": [LOST_BEFORE, OK],  # answer lost, not created: proven absent, sent again
        "item 6": [
            ServerError(
                status=503, method="POST", url=URL, code=20503, may_have_been_processed=True
            ),
            OK,
        ],
        "item 7": [TwilioValidationError("messages.create(): parameter 'to' is required")],
    }
    stub = StubMessages(script)
    summary = await sender(stub, concurrency=4).send(items(8))
    assert (summary.sent, summary.failed, summary.uncertain) == (6, 2, 0)
    assert summary.rate_limited == 2
    assert summary.reconciled_found == 1 and summary.reconciled_absent == 2
    assert summary.retried == 2 + 1 + 2  # two 429s, one unsent, two re-sends after reconciling
    assert summary.failures == {"HTTP 400 code 21211": 1, "invalid parameters": 1}
    assert summary.failure_examples["HTTP 400 code 21211"] == "bad To"
    assert stub.created() == Counter(f"item {i}" for i in (0, 2, 3, 4, 5, 6))


async def test_a_503_with_retry_after_is_sent_again_without_reconciling() -> None:
    # Twilio refused before processing (503 + Retry-After): safe to send again at once.
    refused = ServerError(
        status=503,
        method="POST",
        url=URL,
        code=20503,
        retry_after=0.01,
        may_have_been_processed=False,
    )
    stub = StubMessages({"item 0": [refused, OK]})
    summary = await sender(stub, concurrency=1).send(items(2))
    assert (summary.sent, summary.failed, summary.uncertain) == (2, 0, 0)
    assert summary.retried == 1 and summary.reconciled_found == summary.reconciled_absent == 0
    assert stub.created() == Counter({"item 0": 1, "item 1": 1})


async def test_results_carry_attempts_sids_and_errors() -> None:
    script: dict[str, list[Any]] = {
        "item 0": [rate_limited(), OK],
        "item 1": [LOST_AFTER],
        "item 2": [BadRequestError(status=400, method="POST", url=URL, code=21610)],
    }
    stub = StubMessages(script)
    by_index = {r.index: r for r in await collect(sender(stub), items(3))}
    assert by_index[0].status == "sent" and by_index[0].attempts == 2
    found = by_index[1]
    assert found.status == "sent" and found.reconciled and found.instance is None
    assert found.sid in {r.sid for r in stub.records if r.body == "item 1"}
    failed = by_index[2]
    assert failed.status == "failed" and failed.error is not None
    assert (failed.error.status, failed.error.code, failed.error.retryable) == (400, 21610, False)
    assert isinstance(failed.error.exception, BadRequestError)


async def test_identical_items_are_told_apart_by_counting() -> None:
    same = {"to": "+15550000001", "from_": "+15017122661", "body": "same"}
    stub = StubMessages({"same": [LOST_AFTER, LOST_BEFORE, LOST_AFTER, OK]})
    results = await collect(sender(stub, concurrency=1), [same, same, same])
    assert [r.status for r in results] == ["sent"] * 3
    assert stub.created() == {"same": 3}  # two found, one proven missing and sent again
    assert len({r.sid for r in results}) == 3  # each created message given to one item


async def test_without_a_reconciler_an_uncertain_item_is_never_sent_again() -> None:
    stub = StubMessages({"item 0": [LOST_AFTER], "item 1": [LOST_BEFORE]})
    results = await collect(sender(stub, reconciler=None), items(2))
    assert [r.status for r in sorted(results, key=lambda r: r.index)] == ["uncertain"] * 2
    assert stub.calls == 2
    assert results[0].error is not None and results[0].error.reason == "connection error"


async def test_reconciliation_that_cannot_tell_leaves_the_item_uncertain() -> None:
    class Blind(MessageReconciler):
        async def candidates(self, resource: Any, fingerprint: Any, since: Any) -> None:
            return None

    stub = StubMessages({"item 0": [LOST_BEFORE]})
    summary = await sender(stub, reconciler=Blind()).send(items(1))
    assert summary.uncertain == 1 and stub.calls == 1


async def test_rate_limit_retries_give_up_and_a_later_run_sends_again(tmp_path: Path) -> None:
    journal = tmp_path / "run.db"
    stub = StubMessages({"item 0": [rate_limited()] * 4})
    first = await sender(stub, journal=journal, max_rate_limit_retries=3).send(items(1))
    assert first.failures == {"rate limited": 1} and not stub.records
    second = await sender(stub, journal=journal).send(items(1))  # refused before processing
    assert second.sent == 1 and stub.created() == {"item 0": 1}


async def test_retry_after_is_waited_before_the_next_attempt() -> None:
    stub = StubMessages({"item 0": [rate_limited(retry_after=0.05), OK]})
    summary = await sender(stub).send(items(1))
    first, second = stub.attempt_times["item 0"]
    assert summary.sent == 1 and second - first >= 0.05


async def test_resume_after_an_abandoned_run_sends_each_item_once(tmp_path: Path) -> None:
    """The in-process analogue of killing the sender: stop mid-run, run again."""
    journal = tmp_path / "run.db"
    slow = {f"item {i}": [SLOW] for i in range(40, 60)}  # these hang until cancelled
    lost = {f"item {i}": [LOST_AFTER] for i in range(10, 15)}
    stub = StubMessages({**slow, **lost})
    seen = 0
    async with sender(stub, journal=journal, concurrency=20) as batch:
        async for _ in batch.send(items(100)):
            seen += 1
            if seen == 30:
                break  # leaving the block cancels what is in flight
    counts = read_counts(journal)
    assert counts.get("in_flight", 0) > 0
    stub.script.clear()
    summary = await sender(stub, journal=journal, concurrency=20).send(items(100))
    assert summary.skipped + summary.sent == 100 and summary.failed == summary.uncertain == 0
    assert summary.skipped >= 25
    assert stub.created() == Counter(f"item {i}" for i in range(100))
    again = await sender(stub, journal=journal).send(items(100))
    assert again.skipped == 100 and stub.created() == Counter(f"item {i}" for i in range(100))


async def test_changed_input_stops_a_positional_resume(tmp_path: Path) -> None:
    journal = tmp_path / "run.db"
    stub = StubMessages()
    await sender(stub, journal=journal).send(items(10))
    changed = list(items(10))
    changed.insert(3, {"to": "+15559999999", "from_": "+15017122661", "body": "inserted"})
    with pytest.raises(JournalMismatchError, match="item 3 differs"):
        await sender(stub, journal=journal).send(changed)
    assert "inserted" not in stub.created()


async def test_keyed_items_resume_whatever_the_order(tmp_path: Path) -> None:
    journal = tmp_path / "run.db"
    stub = StubMessages()
    keyed = [BatchItem(p, key=f"user-{i}") for i, p in enumerate(items(10))]
    await sender(stub, journal=journal).send(keyed[:6])
    summary = await sender(stub, journal=journal).send(list(reversed(keyed)))
    assert (summary.skipped, summary.sent) == (6, 4)
    assert stub.created() == Counter(f"item {i}" for i in range(10))


async def test_failed_items_are_not_retried_unless_asked(tmp_path: Path) -> None:
    journal = tmp_path / "run.db"
    refuse = BadRequestError(status=400, method="POST", url=URL, code=21211, message="bad To")
    stub = StubMessages({"item 1": [refuse]})
    await sender(stub, journal=journal).send(items(2))
    calls = stub.calls
    async with sender(stub, journal=journal) as batch:
        results = {r.index: r async for r in batch.send(items(2))}
    assert stub.calls == calls
    assert results[1].status == "failed" and results[1].resumed
    assert results[1].error is not None and results[1].error.code == 21211
    assert results[0].status == "skipped" and results[0].sid == stub.records[0].sid
    summary = await sender(stub, journal=journal, retry_failed=True).send(items(2))
    assert summary.sent == 1 and stub.created()["item 1"] == 1


async def test_a_repeated_key_is_reported_not_dropped() -> None:
    stub = StubMessages()
    batch = [BatchItem({"to": "+15550000001", "body": "a"}, key="k")] * 2
    results = await collect(sender(stub), batch)
    assert sorted(r.status for r in results) == ["failed", "sent"]
    failed = next(r for r in results if r.status == "failed")
    assert failed.error is not None and failed.error.reason == "duplicate key"


async def test_a_journal_that_cannot_be_written_stops_the_run_before_sending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Journal, ops: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Journal, "_apply", broken)
    stub = StubMessages()
    with pytest.raises(JournalError, match="disk full"):
        await sender(stub, journal=tmp_path / "run.db").send(items(5))
    assert stub.calls == 0


async def test_memory_stays_flat_for_a_large_generator() -> None:
    total = 200_000
    produced = 0
    consumed = 0
    worst = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal produced
        for i in range(total):
            produced += 1
            yield {"to": "+15550000001", "body": f"{i}"}

    class Cheap:
        n = 0

        async def create(self, **params: Any) -> SimpleNamespace:
            Cheap.n += 1
            await anyio.sleep(0)
            return SimpleNamespace(sid=f"SM{Cheap.n:032x}")

    batch = BatchSender(Cheap(), concurrency=50, reconciler=None, result_buffer=64)
    async with batch:
        run = batch.send(source())
        async for _ in run:
            consumed += 1
            worst = max(worst, produced - consumed)
    assert consumed == total and run.summary.sent == total
    bound = CHUNK + 2 * 50 + 16 + 64  # one chunk of input, the workers, the result buffer
    assert worst <= bound
    assert run.peak_held <= CHUNK + 2 * 50 + 16 + 64
    assert run.peak_workers <= 50


async def test_async_iterables_and_awaiting_without_a_block() -> None:
    async def source() -> AsyncIterator[dict[str, Any]]:
        for item in items(20):
            await anyio.sleep(0)
            yield item

    stub = StubMessages()
    summary = await sender(stub).send(source())
    assert summary.sent == 20 and summary.total == 20 and summary.ok
    with pytest.raises(RuntimeError, match="async with"):
        async for _ in sender(stub).send(items(1)):
            pass


async def test_leaving_the_block_early_stops_sending() -> None:
    stub = StubMessages(delay=0.001)
    async with sender(stub, concurrency=5) as batch:
        async for _ in batch.send(items(10_000)):
            break
    calls = stub.calls
    await anyio.sleep(0.02)
    assert calls == stub.calls < 10_000


async def test_bad_configuration_is_refused() -> None:
    with pytest.raises(TypeError, match="no create"):
        BatchSender(object())
    with pytest.raises(ValueError):
        BatchSender(StubMessages(), concurrency=0)
    with pytest.raises(ValueError):
        BatchSender(StubMessages(), rate=-1)
    with pytest.raises(TypeError, match="must be a mapping"):
        await sender(StubMessages()).send(["not a mapping"])


async def test_a_failed_lookup_is_tried_again_next_round() -> None:
    class Flaky(MessageReconciler):
        failures = 1

        async def candidates(self, resource: Any, fingerprint: Any, since: Any) -> Any:
            if Flaky.failures:
                Flaky.failures -= 1
                raise dropped(False)
            return await super().candidates(resource, fingerprint, since)

    stub = StubMessages({"item 0": [LOST_AFTER]})
    summary = await sender(stub, reconciler=Flaky()).send(items(1))
    assert summary.sent == 1 and summary.reconciled_found == 1 and stub.calls == 1


def test_the_batch_package_loads_only_when_used() -> None:
    code = (
        "import sys, twilio_async\n"
        "c = twilio_async.Client('AC' + 'a' * 32, 't', environ={})\n"
        "assert 'twilio_async.batch' not in sys.modules\n"
        "b = c.batch(concurrency=5, journal=None)\n"
        "print(type(b.resource).__name__, b.account == c.account_sid)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["MessageList", "True"]


async def test_a_refused_item_waits_in_the_source_not_in_a_worker() -> None:
    stub = StubMessages({"item 0": [rate_limited(retry_after=0.05), rate_limited(), OK]})
    async with sender(stub, concurrency=1) as batch:
        run = batch.send(items(5))
        results = {r.index: r async for r in run}
    assert {r.status for r in results.values()} == {"sent"}
    assert results[0].attempts == 3 and stub.created() == Counter(f"item {i}" for i in range(5))
    assert run.peak_workers == 1  # no worker slept on item 0 while another took its slot
    assert run.summary.retried == run.summary.rate_limited == 2


async def test_a_hostile_retry_after_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    from twilio_async.batch import _limiter, _workers

    monkeypatch.setattr(_workers, "MAX_PAUSE", 0.01)
    monkeypatch.setattr(_limiter, "MAX_PAUSE", 0.01)
    stub = StubMessages({"item 0": [rate_limited(retry_after=86400.0), OK]})
    with anyio.fail_after(30):
        summary = await sender(stub).send(items(1))
    assert summary.sent == 1 and summary.rate_limited == 1


async def test_items_a_fenced_source_takes_back_leave_without_a_result(tmp_path: Path) -> None:
    """The seam a shared work queue uses: write-ahead says which items may go."""
    from twilio_async.batch._source import InputSource, WorkItem, WriteAhead

    class Fenced(InputSource):
        async def write_ahead(self, item: WorkItem, now: float, group: int) -> WriteAhead:
            wal = await super().write_ahead(item, now, group)
            wal.refused = {"#1"}  # another worker claimed item 1 meanwhile
            return wal

    stub = StubMessages()
    async with sender(stub, journal=tmp_path / "run.db") as batch:
        run = batch.send(Fenced(items(3)))
        results = [r async for r in run]
    assert sorted(r.key for r in results) == ["#0", "#2"]
    assert stub.created() == {"item 0": 1, "item 2": 1}
    assert run.summary.total == 2 and run.held == 0 and run.in_flight == 0


async def test_bad_run_options_name_the_parameter() -> None:
    bad: list[tuple[str, Any]] = [
        ("result_buffer", -1),
        ("max_rate_limit_retries", 1.5),
        ("max_unsent_retries", True),
        ("reconcile_rounds", -2),
        ("reconcile_grace", float("nan")),
    ]
    for name, value in bad:
        with pytest.raises(ValueError, match=name):
            BatchSender(StubMessages(), **{name: value})
    with pytest.raises(TypeError, match="items must be an iterable"):
        BatchSender(StubMessages()).send(42)  # type: ignore[arg-type]
