"""``RedisBudget``: one concurrency + rate budget shared by every worker on one account.

Many processes and hosts sending on ONE Twilio account share its concurrency limit and
its per-sender rate limits; this budget keeps them in Redis (or Valkey), asyncio only.
It implements the batch sender's ``Budget`` contract::

    class Budget(Protocol):
        async def acquire(self, *, sender: str | None = None, priority: bool = False) -> Slot
        async def release(self, slot: Slot, outcome: Literal["ok", "rate_limited", "failed"],
                          retry_after: float | None = None) -> None
        @property
        def limit(self) -> int          # the current (shared) concurrency limit
        @property
        def in_flight(self) -> int      # this process's requests holding slots
        @property
        def peak_in_flight(self) -> int # the most this process held at once
        def stop_probing(self) -> None  # input exhausted: stop growing the limit
        async def aclose(self) -> None  # releases this process's slots

How it works (the scripts are in ``_redis_scripts``; each step is one atomic Lua script
using Redis server time):

- **Leases.** A slot is a member of a sorted set with an expiry ``ttl`` ahead (default
  ``2 * request_timeout + 10`` s). A background task renews this process's leases every
  ``ttl / 3`` in one call; a crashed worker's leases run out by themselves.
- **One round trip per cycle.** Acquirers queue locally (FIFO; ``priority=True`` goes to
  the front). One task per process talks to Redis: each call gives back the releases
  waiting to go (group commit) and then takes slots for the first waiter that may go and
  those behind it with the same sender (up to 64). Refused for lack of room, the waiters
  try again at this process's next release or after a jittered backoff (``poll_min`` ..
  ``poll_max``, 2-50 ms): polling, not pub/sub, since it needs no second connection and
  survives restarts (``python -m tests.bench.redis_budget``: with releases driving the
  retries, 2, 10 and 50 ms gave the same throughput, and 2 ms cost 1.7x the Redis
  commands and 1.9x the CPU per start). A worker yields free slots to a
  waiting worker holding clearly fewer (a late starter is not starved).
- **The limit.** Fixed (``concurrency=N``) or one shared AIMD limit (``"auto"``): +1 per
  saturated success until the first cut (slow start), then +1/limit; a 429 cuts it to
  ``max(min, beta * min(limit, in flight))``, at most once per ``cooldown`` however many
  workers saw 429s. Per-sender rate caps (``rate``/``burst``) are GCRA in the same script.

**The in-flight bound.** A slot is granted only while fewer leases than the limit in force
exist, so requests in flight from all workers together never exceed the highest limit in
force while they started (``Slot.limit``; never above ``max_concurrency``), as long as
Redis keeps its data. A lease outlives its request (``ttl`` > the request timeout), and a
renewal failing for over ``2 * ttl / 3`` could let one run out early. After a Redis restart
(empty data) the limit starts again from ``initial``: until the renew task re-registers
the surviving leases (at once when an acquire finds the state gone, else within
``ttl / 3``), the old limit's requests still in flight plus ``initial`` new ones may run
(at most ``max_concurrency + initial``; ``2 * N`` with ``concurrency=N``); after that the
count is exact again.

**When Redis is unreachable** acquire retries with backoff, logs one warning (logger
``twilio_async.batch``) and raises ``BudgetUnavailableError`` only after a waiter has
waited ``unavailable_timeout`` (60 s). A release that fails is retried in the background
until its lease would have run out, then dropped; it never raises into the send path. The
budget only gates *starting* requests: nothing is lost or sent twice because of Redis.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import random
import secrets
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from .._errors import TwilioClientClosedError, TwilioConfigError, TwilioError
from ._redis_config import (
    DEFAULT_BETA,
    DEFAULT_COOLDOWN,
    DEFAULT_INITIAL,
    DEFAULT_MAXIMUM,
    DEFAULT_MINIMUM,
    DEFAULT_POLL_MAX,
    DEFAULT_POLL_MIN,
    DEFAULT_REQUEST_TIMEOUT,
    DEFAULT_UNAVAILABLE_TIMEOUT,
    BudgetConfig,
    budget_config,
    check_outcome,
    check_sender,
    check_url,
    display_url,
)
from ._redis_scripts import Config, Keys, Scripts

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.asyncio.cluster import RedisCluster

logger = logging.getLogger("twilio_async.batch")

Outcome = Literal["ok", "rate_limited", "failed"]
#: Seconds -> the clock the scripts use instead of Redis ``TIME`` (tests only).
Clock = Callable[[], float]

#: Backoff between tries while Redis is unreachable (seconds).
_OUTAGE_BACKOFF = (0.05, 1.0)
#: Most waiters one acquire script call grants slots to.
MAX_BATCH = 64
#: Backoff of a failed release's background retries (seconds).
_RELEASE_BACKOFF = (0.1, 2.0)


class BudgetUnavailableError(TwilioError):
    """The shared budget's Redis could not be used for ``unavailable_timeout`` seconds.

    No request was started for the waiting acquire: nothing was sent.
    """


@dataclass(frozen=True, slots=True)
class Slot:
    """One granted slot: hold it for one request, then ``release`` it exactly once."""

    #: The lease's id in Redis (``<owner>/<n>``).
    id: str
    #: ``time.monotonic()`` of this process when it was granted.
    acquired_at: float
    #: The limit was (nearly) all in use when it started: a success says it may grow.
    saturated: bool
    #: The concurrency limit in force when it was granted.
    limit: int


def _resolve(future: asyncio.Future[Any], value: Any) -> None:
    if not future.done():
        future.set_result(value)


class _Signal:
    """A flag tasks wait on with a timeout (``asyncio.wait_for`` on 3.10/3.11 can swallow
    a cancellation that arrives as the event is set, which would leave a task running)."""

    __slots__ = ("_flag", "_waiters")

    def __init__(self) -> None:
        self._flag = False
        self._waiters: set[asyncio.Future[bool]] = set()

    def set(self) -> None:
        self._flag = True
        for future in self._waiters:
            _resolve(future, True)
        self._waiters.clear()

    def clear(self) -> None:
        self._flag = False

    async def wait(self, timeout: float = float("inf")) -> bool:
        """Wait until set, at most ``timeout`` seconds; True if it was set."""
        if self._flag:
            return True
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        self._waiters.add(future)
        timer = None
        if timeout != float("inf"):
            timer = loop.call_later(max(0.0, timeout), _resolve, future, False)
        try:
            return await future
        finally:
            self._waiters.discard(future)
            if timer is not None:
                timer.cancel()


class _Waiter:
    __slots__ = ("enqueued", "future", "sender")

    def __init__(self, future: asyncio.Future[Slot], sender: str | None):
        self.future = future
        self.sender = sender
        self.enqueued = time.monotonic()


def _is_transient(err: BaseException) -> bool:
    """Redis could not be reached or could not answer (anything the redis client raises)."""
    from redis.exceptions import RedisError

    return isinstance(err, (RedisError, OSError, asyncio.TimeoutError))


class RedisBudget:
    """A ``Budget`` in Redis, shared by every worker that uses the same ``account``.

    ``RedisBudget.from_url("redis://host:6379/0", account=...)`` (``rediss://`` for TLS)
    or ``RedisBudget(client, account=...)`` with a ``redis.asyncio`` ``Redis`` or
    ``RedisCluster``. Every worker on one account must use the same ``concurrency``,
    ``rate`` and limit settings. Options:

    - ``concurrency``: ``"auto"`` (shared AIMD from ``initial`` within ``min_concurrency``
      .. ``max_concurrency``, cut by ``beta`` at most once per ``cooldown`` seconds) or N.
    - ``rate``, ``burst``: per-sender cap (starts per second, back to back at most), for
      acquires that name a ``sender``; ``burst`` defaults to a tenth of a second's worth.
    - ``ttl``: lease length; must exceed ``request_timeout`` (the client's, 30 s).
    - ``unavailable_timeout``: how long an acquire waits for an unreachable Redis.
    - ``poll_min``, ``poll_max``: backoff while other workers hold every slot.
    - ``clock``: tests only; seconds passed to the scripts instead of Redis ``TIME``.
    """

    def __init__(
        self,
        client: Redis | RedisCluster,
        *,
        account: str,
        concurrency: int | Literal["auto"] = "auto",
        rate: float | None = None,
        burst: float | None = None,
        ttl: float | None = None,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        initial: int = DEFAULT_INITIAL,
        min_concurrency: int = DEFAULT_MINIMUM,
        max_concurrency: int = DEFAULT_MAXIMUM,
        beta: float = DEFAULT_BETA,
        cooldown: float = DEFAULT_COOLDOWN,
        unavailable_timeout: float = DEFAULT_UNAVAILABLE_TIMEOUT,
        poll_min: float = DEFAULT_POLL_MIN,
        poll_max: float = DEFAULT_POLL_MAX,
        clock: Clock | None = None,
        url: str | None = None,
        owns_client: bool = False,
    ):
        self.config: BudgetConfig = budget_config(
            account=account,
            concurrency=concurrency,
            rate=rate,
            burst=burst,
            ttl=ttl,
            request_timeout=request_timeout,
            initial=initial,
            min_concurrency=min_concurrency,
            max_concurrency=max_concurrency,
            beta=beta,
            cooldown=cooldown,
            unavailable_timeout=unavailable_timeout,
            poll_min=poll_min,
            poll_max=poll_max,
        )
        cfg = self.config
        self._client = client
        self._owns_client = owns_client
        #: Where Redis is, without password or query (for messages and the repr).
        self.url = display_url(url) if url is not None else type(client).__name__
        self._clock = clock
        self.scripts = Scripts(
            client,
            Keys.for_account(cfg.account),
            Config(
                fixed=cfg.fixed,
                initial=cfg.initial,
                minimum=cfg.minimum,
                maximum=cfg.maximum,
                beta=cfg.beta,
                cooldown_us=round(cfg.cooldown * 1e6),
                ttl_us=round(cfg.ttl * 1e6),
                waiting_window_us=round(cfg.waiting_window * 1e6),
            ),
        )
        #: This process's name in Redis (slot ids start with it).
        self.owner = f"{os.getpid()}-{secrets.token_hex(6)}"
        self._ids = itertools.count(1)
        self._limit = float(cfg.initial)
        self._capacity = cfg.initial
        self._held: dict[str, Slot] = {}
        self._peak = 0
        self._probing = True
        self._queue: deque[_Waiter] = deque()
        self._blocked: dict[str, float] = {}  # sender -> monotonic time its next token is due
        #: Set for a new waiter or a release (the dispatcher may have something to do).
        self._wake = _Signal()
        self._dispatcher: asyncio.Task[None] | None = None
        self._renewer: asyncio.Task[None] | None = None
        #: Releases waiting for the next release call, and those in the call on its way.
        self._releasing: list[tuple[Slot, Outcome, asyncio.Future[None]]] = []
        self._in_release_call: list[Slot] = []
        self._renew_now = _Signal()
        self._background: set[asyncio.Task[None]] = set()
        self._retrying: list[str] = []  # leases being given back by background retries
        self._down_since: float | None = None
        self._readd = False  # the next renewal adds this process's leases back
        self._outage_tries = 0
        self._last_error: str = ""
        self._closed = False
        #: How many times this process saw Redis lose the budget's state (a restart).
        self.restarts_seen = 0
        #: Acquire script calls by how they ended ("" all granted, "full", "share", "rate"),
        #: and slots granted ("granted"): what the polling costs.
        self.stats: Counter[str] = Counter()
        #: The last ``retry_after`` a release reported (informational).
        self.last_retry_after: float | None = None

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        account: str,
        concurrency: int | Literal["auto"] = "auto",
        rate: float | None = None,
        burst: float | None = None,
        ttl: float | None = None,
        max_connections: int = 50,
        **options: Any,
    ) -> RedisBudget:
        """A budget on a new ``redis.asyncio`` client for ``url`` (closed by ``aclose``).

        ``redis://[user:password@]host:port/db``, ``rediss://`` for TLS, ``unix://path``;
        at most ``max_connections`` connections. Other keywords are ``RedisBudget``'s.
        """
        check_url(url)
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise TwilioConfigError(f"max_connections must be an int, got {max_connections!r}")
        if max_connections < 2:
            raise TwilioConfigError(f"max_connections must be >= 2, got {max_connections}")
        try:
            import redis.asyncio as aioredis
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff
        except ImportError as err:  # pragma: no cover - the redis extra is not installed
            raise TwilioConfigError(
                'RedisBudget needs redis-py: pip install "twilio-async[redis]"'
            ) from err
        unavailable = options.get("unavailable_timeout", DEFAULT_UNAVAILABLE_TIMEOUT)
        # Connection problems are retried here (with a warning and a deadline), not by redis-py.
        socket_timeout = 5.0
        if isinstance(unavailable, (int, float)) and not isinstance(unavailable, bool):
            socket_timeout = max(0.05, min(5.0, float(unavailable)))
        try:
            # A blocking pool: a burst of releases waits for a connection instead of failing.
            pool = aioredis.BlockingConnectionPool.from_url(
                url,
                max_connections=max_connections,
                timeout=socket_timeout,
                socket_timeout=socket_timeout,
                socket_connect_timeout=socket_timeout,
                retry=Retry(NoBackoff(), 0),
            )
        except (ValueError, TypeError) as err:
            raise TwilioConfigError(
                f"url {display_url(url)!r} is not a usable Redis URL: {type(err).__name__}"
            ) from None
        client = aioredis.Redis(connection_pool=pool)
        return cls(
            client,
            account=account,
            concurrency=concurrency,
            rate=rate,
            burst=burst,
            ttl=ttl,
            url=url,
            owns_client=True,
            **options,
        )

    # -- the Budget contract --------------------------------------------------------------

    @property
    def limit(self) -> int:
        """The shared concurrency limit, as Redis last reported it."""
        return self._capacity

    @property
    def exact_limit(self) -> float:
        """The shared AIMD limit as Redis keeps it (a float; ``limit`` is its whole part)."""
        return self._limit

    @property
    def in_flight(self) -> int:
        """Requests of this process holding slots."""
        return len(self._held)

    @property
    def peak_in_flight(self) -> int:
        """The most slots this process has held at once."""
        return self._peak

    def stop_probing(self) -> None:
        """This process's input is exhausted: its successes no longer grow the shared limit
        (other workers, still sending, keep probing)."""
        self._probing = False

    async def acquire(self, *, sender: str | None = None, priority: bool = False) -> Slot:
        """Wait for a slot (and, with ``sender`` and a ``rate``, that sender's next token).

        Raises ``BudgetUnavailableError`` once Redis has been unreachable for
        ``unavailable_timeout`` while this call waited.
        """
        sender = check_sender(sender)
        if not isinstance(priority, bool):
            raise TypeError(f"priority must be a bool, got {type(priority).__name__}")
        self._check_open()
        self._start()
        future: asyncio.Future[Slot] = asyncio.get_running_loop().create_future()
        waiter = _Waiter(future, sender)
        if priority:
            self._queue.appendleft(waiter)
        else:
            self._queue.append(waiter)
        self._poke()
        try:
            return await future
        except asyncio.CancelledError:
            if waiter in self._queue:
                self._queue.remove(waiter)
            elif future.done() and not future.cancelled() and future.exception() is None:
                # Granted just as the caller gave up: give the slot back.
                slot = future.result()
                self._held.pop(slot.id, None)
                self._spawn(self._release_later([(slot.id, "failed", slot.saturated)]))
            raise

    async def release(self, slot: Slot, outcome: Outcome, retry_after: float | None = None) -> None:
        """Give ``slot`` back: ``ok`` may grow the limit, ``rate_limited`` cuts it (once
        per cooldown), ``failed`` leaves it. Never raises because of Redis."""
        outcome = check_outcome(outcome)
        if not isinstance(slot, Slot):
            raise TypeError(f"slot must be a Slot from acquire(), got {type(slot).__name__}")
        if isinstance(retry_after, (int, float)) and not isinstance(retry_after, bool):
            self.last_retry_after = float(retry_after)
        if self._held.pop(slot.id, None) is None:
            return  # released already (or not this budget's): nothing to do
        # Group commit: releases that arrive while one call is on its way go in the next.
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._releasing.append((slot, outcome, done))
        self._wake.set()
        await done  # landed, or handed to the background retries; cancelling it loses nothing

    async def aclose(self) -> None:
        """Stop waiting acquirers, give this process's slots back and close the client."""
        if self._closed:
            return
        self._closed = True
        error = TwilioClientClosedError(f"{self!r} is closed")
        while self._queue:
            waiter = self._queue.popleft()
            if not waiter.future.done():
                waiter.future.set_exception(error)
        # Everything this process still holds, or is giving back (the tasks stop below).
        unsent = [slot.id for slot, _, _ in self._releasing] + [
            slot.id for slot in self._in_release_call
        ]
        held = list(self._held) + unsent + self._retrying
        self._held.clear()
        tasks = [t for t in (self._dispatcher, self._renewer, *self._background) if t]
        for task in tasks:
            task.cancel()
        self._wake.set()  # the loops also stop by themselves once closed
        self._renew_now.set()
        if tasks:
            await asyncio.wait(tasks, timeout=5.0)
        for _, _, done in self._releasing:
            _resolve(done, None)
        self._releasing.clear()
        if held:
            try:
                await asyncio.wait_for(
                    self.scripts.release_many(held, now_us=self._now()),
                    min(5.0, self.config.unavailable_timeout),
                )
            except Exception as err:
                logger.warning(
                    "budget %s: could not give back %d slots on close (%s); their leases "
                    "run out within %g s",
                    self.url,
                    len(held),
                    _why(err),
                    self.config.ttl,
                )
        if self._owns_client:
            close = getattr(self._client, "aclose", None) or self._client.close
            await close()
            pool = getattr(self._client, "connection_pool", None)
            if pool is not None:  # given to the client by from_url: the client leaves it open
                await pool.disconnect()

    async def __aenter__(self) -> RedisBudget:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        mode = "auto" if not self.config.fixed else str(self.config.initial)
        return (
            f"RedisBudget(url={self.url!r}, account={self.config.account!r}, "
            f"concurrency={mode}, limit={self.limit}, in_flight={self.in_flight})"
        )

    # -- internals ------------------------------------------------------------------------

    def _now(self) -> int | None:
        return None if self._clock is None else int(self._clock() * 1_000_000)

    def _check_open(self) -> None:
        if self._closed:
            raise TwilioClientClosedError(f"{self!r} is closed")

    def _set_limit(self, limit: float) -> None:
        self._limit = limit
        self._capacity = max(self.config.minimum, int(limit))

    def _start(self) -> None:
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._sync_loop(), name="budget-sync")
            self._renewer = asyncio.create_task(self._renew_loop(), name="budget-renew")

    def _poke(self) -> None:
        self._wake.set()

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _next(self) -> tuple[list[_Waiter], float]:
        """The first waiter whose sender has a token due and those behind it with the same
        sender (at most ``MAX_BATCH``), or none and the time until a sender's token is due."""
        now = time.monotonic()
        soonest = float("inf")
        for head in self._queue:
            due = self._blocked.get(head.sender, 0.0) if head.sender else 0.0
            if due <= now:
                same = (w for w in self._queue if w.sender == head.sender)
                return list(itertools.islice(same, MAX_BATCH)), 0.0
            soonest = min(soonest, due - now)
        for sender in [s for s, due in self._blocked.items() if due <= now]:
            del self._blocked[sender]
        return [], soonest

    async def _sync_loop(self) -> None:
        """The one task that asks Redis for slots: each call gives back the releases
        waiting to go, then takes slots for a batch of waiters (one round trip for both)."""
        backoff = self.config.poll_min
        retry_at = 0.0  # waiters refused for lack of room try again then, or with a release
        while not self._closed:
            self._wake.clear()
            releases = self._releasing[:MAX_BATCH]
            del self._releasing[:MAX_BATCH]
            if self._releasing:
                self._wake.set()
            now = time.monotonic()
            if releases or now >= retry_at:
                batch, wait = self._next()
            else:
                batch, wait = [], retry_at - now
            if not releases and not batch:
                await self._wake.wait(wait)
                continue
            items = [
                (slot.id, outcome, slot.saturated and self._probing)
                for slot, outcome, _ in releases
            ]
            members = [f"{self.owner}/{next(self._ids)}" for _ in batch]
            sender = batch[0].sender if batch else None
            self._in_release_call = [slot for slot, _, _ in releases]
            try:
                released, attempt = await self.scripts.sync(
                    items,
                    members,
                    self.owner,
                    sender=sender,
                    rate=self.config.rate,
                    burst=self.config.burst,
                    more=len(self._queue) > len(batch),
                    now_us=self._now(),
                )
            except Exception as err:
                if not _is_transient(err) and self._down_since is None:
                    logger.exception("budget %s: unexpected error from Redis", self.url)
                if items:
                    logger.debug("budget release failed (%s); retried in the background", _why(err))
                    self._spawn(self._release_later(items))
                self._released(releases)
                await asyncio.sleep(self._unavailable(err))
                continue
            self._released(releases)
            self._available()
            self._set_limit(attempt.limit)
            self.stats["calls"] += 1
            self.stats["released"] += released.removed
            if attempt.fresh and self._held:
                self._readd = True  # Redis lost our leases (a restart): add them back
                self._renew_now.set()
            if not batch:
                continue
            self.stats[attempt.reason or "all granted"] += 1
            self.stats["granted"] += attempt.granted
            n = attempt.granted
            for waiter, member, saturated in zip(
                batch[:n], members[:n], attempt.saturated, strict=True
            ):
                self._grant(waiter, member, saturated, attempt.capacity)
            if n:
                backoff, retry_at = self.config.poll_min, 0.0
            if attempt.reason == "rate":
                assert sender is not None
                jitter = random.uniform(0, self.config.poll_min)
                self._blocked[sender] = time.monotonic() + attempt.wait_us / 1e6 + jitter
            elif attempt.reason:  # full, or yielding to a worker holding fewer: poll
                retry_at = time.monotonic() + backoff * random.uniform(0.5, 1.0)
                backoff = min(backoff * 2, self.config.poll_max)

    def _released(self, releases: list[tuple[Slot, Outcome, asyncio.Future[None]]]) -> None:
        self._in_release_call = []
        for _, _, done in releases:
            _resolve(done, None)

    def _grant(self, waiter: _Waiter, member: str, saturated: bool, limit: int) -> None:
        slot = Slot(member, time.monotonic(), saturated, limit)
        self._held[member] = slot
        if waiter in self._queue:
            self._queue.remove(waiter)
        if waiter.future.done():  # cancelled while the script ran
            del self._held[member]
            self._spawn(self._release_later([(member, "failed", saturated)]))
        else:
            waiter.future.set_result(slot)
            self._peak = max(self._peak, len(self._held))

    def _error(self) -> BudgetUnavailableError:
        return BudgetUnavailableError(
            f"the shared budget's Redis at {self.url} has been unreachable for "
            f"{self.config.unavailable_timeout:g} s ({self._last_error}); no request was "
            "started for this item"
        )

    def _unavailable(self, err: BaseException) -> float:
        """Note an outage; fail waiters that waited it out. Returns the delay to retry."""
        now = time.monotonic()
        self._last_error = _why(err)
        if self._down_since is None:
            self._down_since = now
            self._outage_tries = 0
            logger.warning(
                "budget: Redis at %s is unreachable (%s); acquires wait and retry for up to %g s",
                self.url,
                self._last_error,
                self.config.unavailable_timeout,
            )
        timeout = self.config.unavailable_timeout
        soonest = timeout
        for waiter in list(self._queue):
            waited = now - max(waiter.enqueued, self._down_since)
            if waited >= timeout:
                self._queue.remove(waiter)
                if not waiter.future.done():
                    waiter.future.set_exception(self._error())
            else:
                soonest = min(soonest, timeout - waited)
        low, high = _OUTAGE_BACKOFF
        self._outage_tries += 1
        delay = min(high, low * 2.0 ** min(self._outage_tries, 10)) * random.uniform(0.5, 1.0)
        return min(delay, soonest)

    def _available(self) -> None:
        if self._down_since is not None:
            logger.info(
                "budget: Redis at %s answers again after %.1f s",
                self.url,
                time.monotonic() - self._down_since,
            )
            self._down_since = None
            self._renew_now.set()  # re-register our leases if it restarted

    async def _renew_loop(self) -> None:
        """Every ``ttl / 3``: extend this process's leases (re-add them after a restart)."""
        period = self.config.ttl / 3
        delay = period
        while not self._closed:
            await self._renew_now.wait(delay)
            self._renew_now.clear()
            delay = period
            members = list(self._held)
            readd, self._readd = self._readd, False
            if not members:
                continue
            try:
                renewed, restarted = await self.scripts.renew(
                    self.owner, members, readd=readd, now_us=self._now()
                )
                if restarted:
                    self.restarts_seen += 1
                    # A release sent while the renewal was on its way may have run first.
                    stale = [m for m in members if m not in self._held]
                    await self.scripts.release_many(stale, now_us=self._now())
                    logger.warning(
                        "budget: Redis at %s lost the budget's state (restarted or flushed): "
                        "the limit starts again from %d; %d slots of this process re-registered",
                        self.url,
                        self.config.initial,
                        renewed - len(stale),
                    )
            except Exception as err:
                logger.debug("budget lease renewal failed (%s); retrying", _why(err))
                self._readd = self._readd or readd
                delay = min(period, 1.0)

    async def _release_later(self, items: list[tuple[str, Outcome, bool]]) -> None:
        """Retry releases until they land or their leases would have run out anyway."""
        low, high = _RELEASE_BACKOFF
        delay = low
        deadline = time.monotonic() + self.config.ttl
        members = [member for member, _, _ in items]
        self._retrying += members
        try:
            while time.monotonic() < deadline and not self._closed:
                try:
                    released = await self.scripts.release_batch(items, now_us=self._now())
                except Exception as err:
                    logger.debug("budget release retry failed (%s)", _why(err))
                    await asyncio.sleep(delay * random.uniform(0.5, 1.0))
                    delay = min(delay * 2, high)
                else:
                    self._set_limit(released.limit)
                    self._poke()
                    return
            logger.debug("budget release dropped: %d leases run out by themselves", len(items))
        finally:
            for member in members:
                self._retrying.remove(member)


def _why(err: BaseException) -> str:
    """A short, password-free description of a Redis error."""
    from .._redact import plain

    text = str(err)
    return plain(f"{type(err).__name__}: {text}" if text else type(err).__name__, 200)
