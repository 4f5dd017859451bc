"""The Redis side of ``RedisBudget``: key names, the Lua scripts, and typed calls to them.

Every step is one atomic script (EVALSHA, reloaded by redis-py after a restart empties the
script cache). All keys of one account share the hash tag ``{ta:<account_sid>}``, so they
live in one Redis Cluster slot. Time is Redis server ``TIME`` in microseconds, unless a
call passes ``now_us`` (tests drive the scripts with an explicit clock). Only commands that
Redis >= 6 and Valkey both have are used (no ``ZADD GT``, no functions).

Keys (``P`` = ``{ta:<account_sid>}``):

- ``P:slots``   sorted set, slot id -> lease expiry (us). A slot id is ``<owner>/<n>``.
- ``P:state``   hash: ``limit`` (float), ``cuts``, ``last_cut`` (us), ``since`` (us).
  Missing means a fresh (or restarted, or flushed) Redis.
- ``P:owners``  hash, owner -> slots it holds (kept with ``P:slots`` in the same scripts).
- ``P:waiting`` sorted set, owner -> last time it was refused for lack of room (or was
  granted a slot with more waiters behind it); an owner yields free slots to waiting
  owners that hold fewer (see ``ACQUIRE``).
- ``P:gcra:<sender>``  the sender's GCRA theoretical arrival time (us), expiring with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.asyncio.cluster import RedisCluster
    from redis.commands.core import AsyncScript

Outcome = Literal["ok", "rate_limited", "failed"]
Stop = Literal["", "full", "share", "rate"]

_PRELUDE = r"""
local SLOTS, STATE, OWNERS = KEYS[1], KEYS[2], KEYS[3]
local FIXED = ARGV[2] == '1'
local INITIAL = tonumber(ARGV[3])
local MINIMUM = tonumber(ARGV[4])

local function now_us()
  if ARGV[1] ~= '' then return tonumber(ARGV[1]) end
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000000 + tonumber(t[2])
end

local function owner_of(member)
  return string.match(member, '^(.*)/[^/]*$')
end

local function forget(owner)
  if owner and redis.call('HINCRBY', OWNERS, owner, -1) <= 0 then
    redis.call('HDEL', OWNERS, owner)
  end
end

-- Leases that ran out (a crashed worker's) are dropped and their owners' counts fixed.
local function expire_slots(now)
  local gone = redis.call('ZRANGEBYSCORE', SLOTS, '-inf', now)
  if #gone > 0 then
    redis.call('ZREMRANGEBYSCORE', SLOTS, '-inf', now)
    for _, member in ipairs(gone) do forget(owner_of(member)) end
  end
end

-- The shared limit; a missing state (fresh or restarted Redis) starts from INITIAL.
-- Returns limit, cuts, last_cut, and whether the state was missing.
local function load_state(now)
  if FIXED then
    if redis.call('EXISTS', STATE) == 0 then
      redis.call('HSET', STATE, 'since', now)
      return INITIAL, 0, 0, true
    end
    return INITIAL, 0, 0, false
  end
  local s = redis.call('HMGET', STATE, 'limit', 'cuts', 'last_cut')
  if not s[1] then
    redis.call('HSET', STATE, 'limit', INITIAL, 'cuts', 0, 'last_cut', 0, 'since', now)
    return INITIAL, 0, 0, true
  end
  return tonumber(s[1]), tonumber(s[2]), tonumber(s[3]), false
end

local function capacity(limit)
  return math.max(MINIMUM, math.floor(limit))
end
"""

#: One call gives slots back, then takes slots for waiters (either list may be empty).
#: KEYS: slots, state, owners, waiting[, gcra]
#: ARGV: now, fixed, initial, minimum, maximum, beta, cooldown_us, owner, ttl_us,
#:       waiting_window_us, more, interval_us, burst, release count R,
#:       then R x (member, outcome, saturated) to give back, in order,
#:       then the members to grant slots to, in order.
#: Releases: an "ok" with the limit saturated grows it (slow start +1 until the first cut,
#: then +1/limit); a "rate_limited" cuts it to beta * min(limit, in flight), at most once
#: per cooldown. Grants: in order while there is room, no waiting owner holds clearly
#: fewer, and (with a gcra key) the sender has tokens.
#: Returns {granted, stop reason ('' when all were granted), in_flight, capacity, limit,
#: now, saturated flags ('0'/'1' per grant), wait_us (until the first lease runs out, or
#: until the sender's next token), fresh (the state was missing: a new, restarted or
#: flushed Redis), leases removed, cuts made}.
SYNC = (
    _PRELUDE
    + r"""
local WAITING = KEYS[4]
local maximum, beta, cooldown = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local owner, ttl, window, more = ARGV[8], tonumber(ARGV[9]), tonumber(ARGV[10]), ARGV[11] == '1'
local RELEASES = tonumber(ARGV[14])
local FIRST = 15 + 3 * RELEASES

local now = now_us()
expire_slots(now)
local limit, cuts, last_cut, fresh = load_state(now)

-- Releases.
local removed, cut, changed = 0, 0, false
for i = 15, FIRST - 1, 3 do
  local member, outcome, saturated = ARGV[i], ARGV[i + 1], ARGV[i + 2] == '1'
  local in_flight = redis.call('ZCARD', SLOTS)
  local gone = redis.call('ZREM', SLOTS, member)
  if gone == 1 then
    removed = removed + 1
    forget(owner_of(member))
  end
  if not FIXED then
    if outcome == 'ok' and saturated then
      if cuts == 0 then limit = limit + 1 else limit = limit + 1 / limit end
      limit = math.min(limit, maximum)
      changed = true
    elseif outcome == 'rate_limited' and now - last_cut >= cooldown then
      -- What was in flight bounds what Twilio accepted (in slow start the limit may have
      -- run far ahead of it); unknown when this lease was already gone (expired, or a
      -- restart).
      local base = limit
      if gone == 1 and in_flight < base then base = in_flight end
      limit = math.max(MINIMUM, base * beta)
      cuts, last_cut, cut, changed = cuts + 1, now, cut + 1, true
    end
  end
end
if changed then
  redis.call('HSET', STATE, 'limit', limit, 'cuts', cuts, 'last_cut', last_cut)
end

local cap = capacity(limit)
local n = redis.call('ZCARD', SLOTS)
local granted, reason, wait, saturated = 0, '', 0, ''
if FIRST <= #ARGV then
  redis.call('ZREMRANGEBYSCORE', WAITING, '-inf', now - window)

  -- Fairness: an owner yields free slots to a waiting owner that holds clearly fewer
  -- (otherwise a process that re-acquires what it just released would keep every slot it
  -- ever had, and a worker that joins late would starve). "Clearly": by more than a
  -- quarter of an even share (at least 1), so the one-slot differences that come and go
  -- as requests finish do not make workers yield to each other all the time.
  local mine = tonumber(redis.call('HGET', OWNERS, owner) or '0')
  local fewest = nil
  local waiters = redis.call('ZRANGE', WAITING, 0, -1)
  local owners = 1
  if #waiters > 0 then
    local counts = redis.call('HMGET', OWNERS, unpack(waiters))
    for i, other in ipairs(waiters) do
      local count = tonumber(counts[i] or '0')
      if other ~= owner then
        owners = owners + 1
        if fewest == nil or count < fewest then fewest = count end
      end
    end
  end
  local margin = math.max(1, math.floor(cap / (4 * owners)))

  -- GCRA: at most `burst` back to back, then one per interval.
  local tat, interval, burst = nil, nil, nil
  if KEYS[5] then
    interval, burst = tonumber(ARGV[12]), tonumber(ARGV[13])
    tat = tonumber(redis.call('GET', KEYS[5]) or '0')
    if tat < now then tat = now end
  end

  for i = FIRST, #ARGV do
    if n >= cap then
      reason = 'full'
      local first = redis.call('ZRANGE', SLOTS, 0, 0, 'WITHSCORES')
      if first[2] then wait = tonumber(first[2]) - now end
      break
    end
    if fewest ~= nil and fewest + margin < mine then reason = 'share'; break end
    if tat then
      local allow_at = tat + interval - burst * interval
      if allow_at > now then reason = 'rate'; wait = math.ceil(allow_at - now); break end
      tat = tat + interval
    end
    redis.call('ZADD', SLOTS, now + ttl, ARGV[i])
    n, mine, granted = n + 1, mine + 1, granted + 1
    if n * 10 >= cap * 9 then saturated = saturated .. '1' else saturated = saturated .. '0' end
  end
  if granted > 0 then
    redis.call('HINCRBY', OWNERS, owner, granted)
  end
  if granted > 0 and tat then
    -- The key may go once its time has passed (a missing one means "now"); Redis expires
    -- keys on its own clock, so under an explicit test clock it is kept a minute longer.
    local keep = math.ceil((tat - now) / 1000) + 1
    if ARGV[1] ~= '' then keep = keep + 60000 end
    redis.call('SET', KEYS[5], tat, 'PX', keep)
  end
  if reason == 'full' or reason == 'share' or more then
    redis.call('ZADD', WAITING, now, owner)  -- still wants room: counts as waiting
  else
    redis.call('ZREM', WAITING, owner)
  end
end
local was_fresh = 0
if fresh then was_fresh = 1 end
return {granted, reason, n, cap, tostring(limit), now, saturated, wait, was_fresh, removed, cut}
"""
)

#: KEYS: slots, state, owners
#: ARGV: now, fixed, initial, minimum, owner, ttl_us, readd, member...
#: Returns {renewed, restarted}: after a restart (no state, or ``readd``: the caller saw
#: one) the leases are added back.
RENEW = (
    _PRELUDE
    + r"""
local owner, ttl = ARGV[5], tonumber(ARGV[6])
local now = now_us()
local restarted = redis.call('EXISTS', STATE) == 0 or ARGV[7] == '1'
load_state(now)
local renewed = 0
for i = 8, #ARGV do
  if restarted then
    if redis.call('ZADD', SLOTS, now + ttl, ARGV[i]) == 1 then
      redis.call('HINCRBY', OWNERS, owner, 1)
    end
    renewed = renewed + 1
  elseif redis.call('ZSCORE', SLOTS, ARGV[i]) then
    redis.call('ZADD', SLOTS, 'XX', now + ttl, ARGV[i])
    renewed = renewed + 1
  end
end
if restarted then return {renewed, 1} end
return {renewed, 0}
"""
)

#: KEYS: slots, state, owners
#: ARGV: now, fixed, initial, minimum, member...
#: Returns how many of the leases were still held.
RELEASE_MANY = (
    _PRELUDE
    + r"""
local removed = 0
for i = 5, #ARGV do
  if redis.call('ZREM', SLOTS, ARGV[i]) == 1 then
    removed = removed + 1
    forget(owner_of(ARGV[i]))
  end
end
return removed
"""
)


@dataclass(frozen=True, slots=True)
class Keys:
    """The Redis keys of one account's budget (one hash tag: one cluster slot)."""

    prefix: str

    @classmethod
    def for_account(cls, account: str) -> Keys:
        return cls("{ta:" + account + "}")

    @property
    def slots(self) -> str:
        return f"{self.prefix}:slots"

    @property
    def state(self) -> str:
        return f"{self.prefix}:state"

    @property
    def owners(self) -> str:
        return f"{self.prefix}:owners"

    @property
    def waiting(self) -> str:
        return f"{self.prefix}:waiting"

    def gcra(self, sender: str) -> str:
        return f"{self.prefix}:gcra:{sender}"


@dataclass(frozen=True, slots=True)
class Config:
    """What every script needs to know about the limit (identical on every worker)."""

    fixed: bool
    initial: int
    minimum: int
    maximum: int
    beta: float
    cooldown_us: int
    ttl_us: int
    waiting_window_us: int

    def head(self, now_us: int | None) -> list[str]:
        return [
            "" if now_us is None else str(int(now_us)),
            "1" if self.fixed else "0",
            str(self.initial),
            str(self.minimum),
        ]


@dataclass(frozen=True, slots=True)
class Attempt:
    """What the acquire script did: the first ``granted`` members got slots.

    ``reason`` says why it stopped before the end: no room (``full``), yield to a
    waiting worker holding clearly fewer slots (``share``), or the sender's rate (``rate``);
    ``""`` when every member was granted. ``wait_us``: until the first lease runs out
    (``full``) or until the sender's next token (``rate``).
    """

    granted: int
    reason: Stop
    in_flight: int
    capacity: int
    limit: float
    now_us: int
    saturated: tuple[bool, ...]
    wait_us: int
    #: The budget's state was missing (a new, restarted or flushed Redis).
    fresh: bool = False


@dataclass(frozen=True, slots=True)
class Released:
    """The release script's answer: how many leases were still there, the new limit,
    and how many cuts these releases made."""

    removed: int
    limit: float
    cuts: int

    @property
    def cut(self) -> bool:
        return self.cuts > 0


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Scripts:
    """The budget's scripts registered on one client (a ``Redis`` or a ``RedisCluster``)."""

    def __init__(self, client: Redis | RedisCluster, keys: Keys, config: Config):
        self.keys = keys
        self.config = config
        self._sync: AsyncScript = client.register_script(SYNC)
        self._renew: AsyncScript = client.register_script(RENEW)
        self._release_many: AsyncScript = client.register_script(RELEASE_MANY)

    def _keys(self) -> list[str]:
        return [self.keys.slots, self.keys.state, self.keys.owners]

    async def sync(
        self,
        releases: Sequence[tuple[str, Outcome, bool]],
        members: Sequence[str],
        owner: str,
        *,
        sender: str | None = None,
        rate: float | None = None,
        burst: float = 1.0,
        more: bool = False,
        now_us: int | None = None,
    ) -> tuple[Released, Attempt]:
        """Give slots back ((member, outcome, saturated), in order), then try to take a
        slot for each of ``members`` in order (with ``sender`` and ``rate``: a GCRA token
        each), in one call; ``more``: other waiters are behind them."""
        cfg = self.config
        keys = [*self._keys(), self.keys.waiting]
        args = [
            *cfg.head(now_us),
            str(cfg.maximum),
            repr(cfg.beta),
            str(cfg.cooldown_us),
            owner,
            str(cfg.ttl_us),
            str(cfg.waiting_window_us),
            "1" if more else "0",
        ]
        if sender is not None and rate is not None:
            keys.append(self.keys.gcra(sender))
            args += [repr(1_000_000 / rate), repr(float(burst))]
        else:
            args += ["", ""]
        args.append(str(len(releases)))
        for member, outcome, saturated in releases:
            args += [member, outcome, "1" if saturated else "0"]
        reply = await self._sync(keys=keys, args=[*args, *members])
        reason = _text(reply[1])
        assert reason in ("", "full", "share", "rate"), reason
        limit = float(_text(reply[4]))
        attempt = Attempt(
            granted=int(reply[0]),
            reason=reason,  # type: ignore[arg-type]
            in_flight=int(reply[2]),
            capacity=int(reply[3]),
            limit=limit,
            now_us=int(reply[5]),
            saturated=tuple(flag == "1" for flag in _text(reply[6])),
            wait_us=max(0, int(reply[7])),
            fresh=bool(int(reply[8])),
        )
        return Released(int(reply[9]), limit, int(reply[10])), attempt

    async def acquire(
        self,
        members: Sequence[str],
        owner: str,
        *,
        sender: str | None = None,
        rate: float | None = None,
        burst: float = 1.0,
        more: bool = False,
        now_us: int | None = None,
    ) -> Attempt:
        """``sync`` with nothing to give back."""
        _, attempt = await self.sync(
            [], members, owner, sender=sender, rate=rate, burst=burst, more=more, now_us=now_us
        )
        return attempt

    async def release(
        self, member: str, outcome: Outcome, *, saturated: bool, now_us: int | None = None
    ) -> Released:
        """Give a slot back; ``outcome`` may grow (``ok``) or cut (``rate_limited``) the limit."""
        return await self.release_batch([(member, outcome, saturated)], now_us=now_us)

    async def release_batch(
        self, items: Sequence[tuple[str, Outcome, bool]], *, now_us: int | None = None
    ) -> Released:
        """``sync`` with nobody waiting: give several slots back in one call."""
        released, _ = await self.sync(items, [], "", now_us=now_us)
        return released

    async def renew(
        self,
        owner: str,
        members: Sequence[str],
        *,
        readd: bool = False,
        now_us: int | None = None,
    ) -> tuple[int, bool]:
        """Extend these leases by the TTL; after a Redis restart (or with ``readd``, when
        the caller saw one), add them back.

        Returns how many were renewed and whether they were added back.
        """
        args = [
            *self.config.head(now_us),
            owner,
            str(self.config.ttl_us),
            "1" if readd else "0",
            *members,
        ]
        reply = await self._renew(keys=self._keys(), args=args)
        return int(reply[0]), bool(int(reply[1]))

    async def release_many(self, members: Sequence[str], *, now_us: int | None = None) -> int:
        """Give several slots back at once (no limit change); returns how many were held."""
        if not members:
            return 0
        args = [*self.config.head(now_us), *members]
        return int(await self._release_many(keys=self._keys(), args=args))
