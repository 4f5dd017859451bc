"""Fault injection: thousands of mixed operations against the emulator's fault modes.

For each HTTP backend, one emulator serves a run of phases, each with its own
faults (503 bursts answered before processing, 5xx and dropped connections after
processing, dropped connections before it, 429 with Retry-After from a concurrency
limit, latency spikes, answers slower than the read timeout, and all of them at
once). Every operation's outcome is then checked against what the emulator stored:

- reads (fetch, list) and deletes are repeatable: every one must succeed;
- a create (a message with a unique body) either succeeded and exists exactly once,
  or failed with ``may_have_been_processed=False`` and does not exist, or failed
  with ``may_have_been_processed=True`` and exists at most once;
- an update (POST to an instance) either succeeded and shows the new value, or
  failed with ``may_have_been_processed=False`` and shows the old one, or failed
  with ``may_have_been_processed=True``;
- the emulator's create counter agrees with what is stored: no duplicates.

The counts are printed (``pytest -s``) and asserted: duplicates 0, lost 0.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import httpx
import pytest

from tests.support.loopback import BACKENDS
from tests.support.numbers import FROM, TO
from twilio_async import Client, RequestOptions, TwilioError, _retry
from twilio_async.emulator import Emulator

#: Operations per backend, split evenly over the phases.
OPERATIONS = 2000
#: Operations in flight at once.
CONCURRENCY = 32
#: Short enough that the "slow" phase times out often; long enough for a healthy loopback.
TIMEOUT = httpx.Timeout(0.2, connect=2.0, pool=5.0)
#: Repeatable operations must end in success, so they get a generous budget.
MAX_RETRIES = 60
#: Share of each kind of operation in the mix.
MIX = {"create": 0.40, "fetch": 0.18, "list": 0.14, "update": 0.16, "delete": 0.12}


@dataclass(frozen=True)
class Phase:
    name: str
    faults: dict[str, Any]


PHASES = [
    Phase("503 bursts before processing", {"error_rate": {503: 0.3}, "retry_after": 0}),
    Phase(
        "5xx after processing",
        {"error_rate": {500: 0.06, 502: 0.06, 503: 0.08}, "error_after_processing": True},
    ),
    Phase("dropped connections before processing", {"drop_rate": 0.12}),
    Phase(
        "dropped connections after processing", {"drop_rate": 0.1, "drop_after_processing": True}
    ),
    Phase(
        "429 with Retry-After (concurrency limit)",
        {"concurrency_limit": 12, "retry_after": 0.01, "latency": (0.03, 0.06)},
    ),
    Phase("latency spikes", {"latency": (0.0, 0.05)}),
    Phase("answers slower than the read timeout", {"latency": (0.0, 0.25)}),
    Phase(
        "everything at once",
        {
            "error_rate": {503: 0.1, 500: 0.03},
            "retry_after": 0,
            "drop_rate": 0.05,
            "concurrency_limit": 24,
            "latency": (0.0, 0.1),
        },
    ),
]

_NO_FAULTS: dict[str, Any] = {
    "latency": 0.0,
    "concurrency_limit": None,
    "error_rate": {},
    "drop_rate": 0.0,
    "drop_after_processing": False,
    "error_after_processing": False,
    "retry_after": None,
}


def configure(emu: Emulator, **faults: Any) -> None:
    """Switch the running emulator to exactly these faults (everything else off)."""
    for name, value in {**_NO_FAULTS, **faults}.items():
        setattr(emu.faults, name, value)
    emu.faults.validate()


@dataclass
class Op:
    kind: str
    n: int
    phase: str
    target: str | None = None  # the SID a fetch, update or delete addresses
    old: str | None = None  # an update's previous value
    result: Any = None
    error: BaseException | None = None


@dataclass
class Report:
    backend: str
    operations: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    faults: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    retries_logged: int = 0
    deepest_retry: int = 0
    duplicates: int = 0
    lost: int = 0
    violations: list[str] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)

    def render(self) -> str:
        lines = [
            f"fault injection [{self.backend}]: {sum(self.operations.values())} operations "
            f"({', '.join(f'{k} {v}' for k, v in sorted(self.operations.items()))})",
            f"  requests served {self.requests}, retries {self.retries_logged} "
            f"(at most {self.deepest_retry} for one call, of {MAX_RETRIES} allowed)",
            f"  faults injected {sum(self.faults.values())}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.faults.items())),
            "  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())),
            f"  duplicates {self.duplicates}, lost {self.lost}, violations {len(self.violations)}",
            "  phases: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.phases.items()),
        ]
        return "\n".join(lines)


class _RetryCounter(logging.Handler):
    """Counts the INFO lines the transport writes for each retry."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0

        self.deepest = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "; retry " in record.getMessage():
            self.retries += 1
            self.deepest = max(self.deepest, record.__dict__.get("twilio_attempt", 0))


async def _bounded(calls: list[Callable[[], Awaitable[None]]], limit: int) -> None:
    queue = list(reversed(calls))

    async def worker() -> None:
        while queue:
            await queue.pop()()

    await asyncio.gather(*(worker() for _ in range(limit)))


async def _quiesce(emu: Emulator) -> None:
    """Wait until the server finished every request, including ones the client gave up on."""
    calm = 0
    while calm < 5:
        calm = calm + 1 if emu.faults.in_flight(emu.account_sid) == 0 else 0
        await asyncio.sleep(0.02)


async def _run(client: Client, op: Op) -> None:
    try:
        if op.kind == "create":
            op.result = await client.messages.create(to=TO, from_=FROM, body=f"op-{op.n}")
        elif op.kind == "fetch":
            assert op.target is not None
            op.result = await client.messages(op.target).fetch()
        elif op.kind == "list":
            op.result = await client.messages.list(limit=20, page_size=20)
        elif op.kind == "update":
            assert op.target is not None
            op.result = await client.applications(op.target).update(friendly_name=f"upd-{op.n}")
        else:
            assert op.target is not None
            op.result = await client.messages(op.target).delete()
    except Exception as error:  # judged in _verify: any exception is recorded, none escapes
        op.error = error


def _plan(rng: random.Random) -> list[Op]:
    kinds = list(MIX)
    weights = [MIX[k] for k in kinds]
    per_phase = OPERATIONS // len(PHASES)
    return [
        Op(rng.choices(kinds, weights)[0], p * per_phase + i, phase.name)
        for p, phase in enumerate(PHASES)
        for i in range(per_phase)
    ]


#: Seeding runs with no faults on; the short TIMEOUT is for the phases, not for a busy
#: machine answering 32 setup requests at once.
SEED_OPTIONS = RequestOptions(timeout=30.0)


async def _seed(client: Client, ops: list[Op], rng: random.Random) -> list[str]:
    """Create what fetches, updates and deletes address (with no faults on)."""
    keep = [
        str(
            (
                await client.messages.create(
                    to=TO, from_=FROM, body=f"keep-{i}", options=SEED_OPTIONS
                )
            ).sid
        )
        for i in range(20)
    ]

    async def target(op: Op) -> None:
        if op.kind == "fetch":
            op.target = rng.choice(keep)
        elif op.kind == "update":
            op.old = f"app-{op.n}"
            made_app = await client.applications.create(friendly_name=op.old, options=SEED_OPTIONS)
            op.target = str(made_app.sid)
        elif op.kind == "delete":
            made = await client.messages.create(
                to=TO, from_=FROM, body=f"doomed-{op.n}", options=SEED_OPTIONS
            )
            op.target = str(made.sid)

    await _bounded([partial(target, op) for op in ops], CONCURRENCY)
    return keep


def _verify(emu: Emulator, ops: list[Op], report: Report) -> None:
    stored = emu.store.records("accounts.messages")
    bodies = Counter(str(r.get("body")) for r in stored)
    sids = {str(r.get("body")): str(r.get("sid")) for r in stored}
    apps = {str(r.get("sid")): r.get("friendly_name") for r in emu.store.records("applications")}
    if not apps:  # the applications resource is stored under the account's path
        apps = {
            str(r.get("sid")): r.get("friendly_name")
            for r in emu.store.records("accounts.applications")
        }
    for op in ops:
        report.operations[op.kind] += 1
        error = op.error
        where = f"{op.kind} #{op.n} in {op.phase!r}"
        if error is not None and not isinstance(error, TwilioError):
            report.violations.append(f"{where}: untyped {type(error).__name__}: {error}")
            continue
        processed = getattr(error, "may_have_been_processed", None)
        if error is not None and processed is None:
            report.violations.append(f"{where}: {type(error).__name__} without the flag")
            continue
        if op.kind == "create":
            body = f"op-{op.n}"
            count = bodies[body]
            report.duplicates += max(0, count - 1)
            if error is None:
                report.outcomes["create ok"] += 1
                if count == 0:
                    report.lost += 1
                    report.violations.append(f"{where}: succeeded but is not stored")
                elif sids[body] != op.result.sid:
                    report.violations.append(f"{where}: returned a SID that is not the stored one")
            elif processed:
                report.outcomes[f"create uncertain ({'stored' if count else 'absent'})"] += 1
            else:
                report.outcomes["create failed, not processed"] += 1
                if count:
                    report.violations.append(f"{where}: said not processed, but it is stored")
        elif op.kind == "update":
            value = apps.get(str(op.target))
            new = f"upd-{op.n}"
            if error is None:
                report.outcomes["update ok"] += 1
                if value != new or op.result.friendly_name != new:
                    report.violations.append(f"{where}: succeeded but shows {value!r}")
            elif processed:
                report.outcomes[f"update uncertain ({'applied' if value == new else 'not'})"] += 1
            else:
                report.outcomes["update failed, not processed"] += 1
                if value != op.old:
                    report.violations.append(f"{where}: said not processed, but shows {value!r}")
        else:  # repeatable: fetch, list, delete must all succeed
            if error is not None:
                report.violations.append(f"{where}: a repeatable operation failed: {error}")
                continue
            report.outcomes[f"{op.kind} ok"] += 1
            if op.kind == "fetch" and op.result.sid != op.target:
                report.violations.append(f"{where}: fetched {op.result.sid}")
            if op.kind == "delete" and (op.result is not True or op.target in sids.values()):
                report.violations.append(f"{where}: delete did not remove {op.target}")
            if op.kind == "list" and not 1 <= len(op.result) <= 20:
                report.violations.append(f"{where}: listed {len(op.result)} items")
    # The emulator's own counter: every message it ever created is stored once (deletes
    # only removed the seeded "doomed" ones), so created == distinct bodies ever stored.
    deleted = report.outcomes["delete ok"]
    created = emu.stats.created["accounts.messages"]
    if created != len(stored) + deleted:
        report.violations.append(f"emulator created {created}, stored {len(stored)} + {deleted}")
    if any(n > 1 for n in bodies.values()):
        report.violations.append("a message body is stored more than once")


@pytest.mark.real_backend
@pytest.mark.parametrize("backend", BACKENDS)
async def test_fault_injection(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Real backoff (exponential, full jitter, Retry-After as a floor), scaled to milliseconds.
    monkeypatch.setattr(_retry, "INITIAL_RETRY_DELAY", 0.005)
    monkeypatch.setattr(_retry, "MAX_RETRY_DELAY", 0.05)
    rng = random.Random(f"faults-{backend}")
    report = Report(backend)
    counter = _RetryCounter()
    log = logging.getLogger("twilio_async")
    log.addHandler(counter)
    level = log.level
    log.setLevel(logging.INFO)
    try:
        async with (
            Emulator(status_interval=None, seed=42) as emu,
            emu.client(http_backend=backend, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client,
        ):
            ops = _plan(rng)
            await _seed(client, ops, rng)
            seeded_requests = emu.stats.requests
            counter.retries = 0
            for phase in PHASES:
                configure(emu, **phase.faults)
                batch = [op for op in ops if op.phase == phase.name]
                started = time.monotonic()
                await _bounded([partial(_run, client, op) for op in batch], CONCURRENCY)
                report.phases[phase.name] = time.monotonic() - started
            configure(emu)
            await _quiesce(emu)
            report.requests = emu.stats.requests - seeded_requests
            report.faults = dict(emu.stats.faults)
            report.retries_logged = counter.retries
            report.deepest_retry = counter.deepest
            _verify(emu, ops, report)
    finally:
        log.removeHandler(counter)
        log.setLevel(level)
    print("\n" + report.render())
    assert report.violations == [], "\n".join(report.violations[:20])
    assert (report.duplicates, report.lost) == (0, 0)
    assert sum(report.operations.values()) == OPERATIONS // len(PHASES) * len(PHASES)
    # Every fault mode actually fired, so the run proves something about each.
    for kind in ("503", "500", "502", "drop", "drop_after", "429", "latency"):
        assert report.faults.get(kind, 0) > 0, f"no {kind} fault was injected"
    assert report.outcomes["create ok"] > 0 and report.retries_logged > 0
    assert any(k.startswith("create uncertain") for k in report.outcomes)
