"""The journal as a work queue: claims, fencing, the sweeper, outcomes, group commit."""

from __future__ import annotations

import logging
import time

import anyio
import asyncpg
import pytest

from tests.support.pg_journal import (
    ACCOUNT,
    HANG_GUARD,
    TARGET,
    assert_counters_match,
    expire_leases,
    item,
    rows,
    sid,
    wait_lease_expired,
)
from twilio_async.batch._pg_journal import PostgresJournal

LONG = 600.0  # a lease that cannot expire during a test
ERROR = {"reason": "HTTP 400 code 21211", "message": "invalid To", "status": 400, "code": 21211}


async def _loaded(journal: PostgresJournal, campaign: str, n: int) -> None:
    await journal.load(campaign, rows(n), account=ACCOUNT, target=TARGET)


async def _in_flight(journal: PostgresJournal, owner: str, n: int, lease: float = LONG) -> set[str]:
    claims = await journal.claim(owner, n, lease)
    return await journal.in_flight(owner, [(c.key, '{"to": "x"}', time.time()) for c in claims])


async def test_four_connections_claiming_at_once_never_share_a_row(
    dsn: str, campaign: str, journal: PostgresJournal
) -> None:
    await _loaded(journal, campaign, 3000)
    workers = [PostgresJournal(dsn, campaign=campaign, pool_size=2) for _ in range(4)]
    got: dict[str, list[str]] = {f"w{i}": [] for i in range(4)}

    async def drain(j: PostgresJournal, owner: str) -> None:
        while claims := await j.claim(owner, 37, LONG):
            got[owner].extend(c.key for c in claims)

    try:
        for j in workers:
            await j.connect()
        with anyio.fail_after(HANG_GUARD * 2):
            async with anyio.create_task_group() as tg:
                for i, j in enumerate(workers):
                    for _ in range(2):  # two claimers per connection pool
                        tg.start_soon(drain, j, f"w{i}")
    finally:
        for j in workers:
            await j.aclose()
    every = [k for keys in got.values() for k in keys]
    assert len(every) == len(set(every)) == 3000  # each row to exactly one owner
    assert all(got.values()), "every worker claimed some rows"
    assert (await journal.counts())["claimed"] == 3000
    await assert_counters_match(journal)


async def test_an_expired_claim_is_fenced_even_before_the_sweep(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 3)
    claims = await journal.claim("slow", 3, lease=0.2)
    keys = [c.key for c in claims]
    await wait_lease_expired(admin, campaign, keys)
    assert await journal.in_flight("slow", [(k, None, time.time()) for k in keys]) == set()
    assert (await item(admin, campaign, "#0"))["state"] == "claimed"  # nothing moved
    assert await journal.sweep() == (3, 0)


async def test_fencing_after_a_sweep(
    dsn: str, campaign: str, journal: PostgresJournal, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 3)
    claims = await journal.claim("slow", 3)
    keys = [c.key for c in claims]
    await expire_leases(admin, campaign, keys)  # "slow" stalled past its lease
    async with PostgresJournal(dsn, campaign=campaign) as other:
        assert await other.sweep() == (3, 0)
        taken = await other.claim("fast", 1, LONG)
        assert [c.key for c in taken] == ["#0"]
    # the slow worker wakes up: none of its keys may be sent, whoever holds them now
    assert await journal.in_flight("slow", [(k, None, time.time()) for k in keys]) == set()
    assert (await item(admin, campaign, "#0"))["owner"] == "fast"
    assert (await item(admin, campaign, "#1"))["state"] == "pending"
    with pytest.raises(ValueError, match="not claimed through this journal"):
        await journal.failed("#1", ERROR, False)  # its claim is gone: no owner to fence by
    await assert_counters_match(journal)


async def test_sweep_turns_expired_in_flight_rows_uncertain_never_pending(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 4)
    moved = await _in_flight(journal, "dead", 2)
    assert moved == {"#0", "#1"}
    alive = await _in_flight(journal, "alive", 1)
    await expire_leases(admin, campaign, sorted(moved))  # "dead" stopped renewing
    assert await journal.sweep() == (0, 2)
    for key in ("#0", "#1"):
        row = await item(admin, campaign, key)
        assert row["state"] == "uncertain" and row["error"]["reason"] == "lease expired"
    assert (await item(admin, campaign, next(iter(alive))))["state"] == "in_flight"
    assert await journal.sweep() == (0, 0)  # nothing more; never back to pending
    assert (await journal.counts())["uncertain"] == 2
    unresolved = [r.key async for r in journal.unresolved(batch=1)]
    assert unresolved == ["#0", "#1"]
    assert (await journal.claim("x", 10, LONG))[0].key == "#3"  # uncertain rows stay out
    await assert_counters_match(journal)


async def test_concurrent_sweeps_move_each_row_once(
    dsn: str, campaign: str, journal: PostgresJournal, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 400)
    assert len(await _in_flight(journal, "dead", 150)) == 150
    await journal.claim("dead2", 250)
    await expire_leases(admin, campaign, [f"#{i}" for i in range(400)])
    sweepers = [PostgresJournal(dsn, campaign=campaign) for _ in range(3)]
    results = []

    async def sweep(j: PostgresJournal) -> None:
        results.append(await j.sweep())

    try:
        async with anyio.create_task_group() as tg:
            for j in sweepers:
                tg.start_soon(sweep, j)
    finally:
        for j in sweepers:
            await j.aclose()
    assert sum(r.claims for r in results) == 250
    assert sum(r.in_flight for r in results) == 150
    assert await journal.counts() == {
        "pending": 250,
        "in_flight": 0,
        "sent": 0,
        "failed": 0,
        "uncertain": 150,
        "claimed": 0,
    }
    await assert_counters_match(journal)


async def test_a_sid_always_wins(
    dsn: str,
    campaign: str,
    journal: PostgresJournal,
    admin: asyncpg.Connection,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await _loaded(journal, campaign, 5)
    assert await _in_flight(journal, "w", 2) == {"#0", "#1"}
    await expire_leases(admin, campaign, ["#0", "#1"])
    assert await journal.sweep() == (0, 2)  # both uncertain now
    async with PostgresJournal(dsn, campaign=campaign) as other:
        await other.claim("other", 1, LONG)  # "#2", claimed by another worker
    await journal.sent("#0", sid(0))  # uncertain -> sent
    await journal.sent("#2", sid(2))  # another owner's claim -> sent
    await journal.sent("#4", sid(4))  # pending -> sent
    await journal.sync()
    for key, n in (("#0", 0), ("#2", 2), ("#4", 4)):
        row = await item(admin, campaign, key)
        assert (row["state"], row["sid"]) == ("sent", sid(n))
    # later answers cannot undo a SID
    await journal.uncertain("#0", ERROR, owner="w")
    await journal.refused("#0", 0.0, owner="w")
    await journal.failed("#0", ERROR, False, owner="w")
    await journal.pending("#0")
    await journal.sent("#0", sid(99))  # a second SID: the first is kept, and it is told
    await journal.sent("#2", sid(2))  # the same SID again: nothing to tell
    with caplog.at_level(logging.WARNING, logger="twilio_async.batch.pg_journal"):
        await journal.sync()
    assert journal.second_sids == 1
    assert "already sent with another SID" in caplog.text and "'#0'" in caplog.text
    row = await item(admin, campaign, "#0")
    assert (row["state"], row["sid"]) == ("sent", sid(0))
    assert await journal.claimed_sids([sid(0), sid(2), sid(4), sid(99), sid(7)]) == {
        sid(0),
        sid(2),
        sid(4),
    }
    await assert_counters_match(journal)


async def test_outcomes_are_committed_soon_without_a_sync(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 1)
    await _in_flight(journal, "w", 1)
    await anyio.sleep(0.2)  # the writer is idle, with nothing queued
    await journal.sent("#0", sid(1))  # lazy: nobody waits for it
    with anyio.fail_after(HANG_GUARD):
        while (await item(admin, campaign, "#0"))["state"] != "sent":
            await anyio.sleep(0.02)


async def test_claimed_sids_sees_writes_not_yet_committed(
    journal: PostgresJournal, campaign: str
) -> None:
    await _loaded(journal, campaign, 1)
    await _in_flight(journal, "w", 1)
    await journal.sent("#0", sid(1))  # queued, committed lazily
    assert await journal.claimed_sids([sid(1)]) == {sid(1)}


async def test_refused_rows_wait_for_their_own_retry_after(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 3)
    moved = await _in_flight(journal, "w", 2)
    assert moved == {"#0", "#1"}
    await journal.refused("#0", 3600.0)  # not during this test
    await journal.refused("#1", 0.2)
    await journal.sync()
    row = await item(admin, campaign, "#0")
    assert (row["state"], row["owner"], row["refusals"], row["attempts"]) == ("pending", None, 1, 1)
    assert (await journal.counts())["sent"] == 0
    # the refusals hold back those rows alone: "#2" is claimable at once
    assert await journal.next_claimable() == 0.0  # "#2"
    claimed = {c.key: c for c in await journal.claim("w", 10, LONG)}
    assert "#2" in claimed
    wait = await journal.next_claimable()  # "#1" (or 0 if its 0.2 s are over already)
    assert wait is not None and wait < 1.0
    with anyio.fail_after(HANG_GUARD):
        while "#1" not in claimed:
            await anyio.sleep(0.05)
            claimed.update((c.key, c) for c in await journal.claim("w", 10, LONG))
    assert "#0" not in claimed
    assert claimed["#1"].refusals == 1 and claimed["#1"].attempts == 1
    # claimed no earlier than its not_before (the claim time is its lease end less the lease)
    assert await admin.fetchval(
        "SELECT not_before <= lease_until - make_interval(secs => $2) FROM twilio_async_items "
        "WHERE campaign = $1 AND key = '#1'",
        campaign,
        LONG,
    )
    assert (await item(admin, campaign, "#0"))["state"] == "pending"
    assert 3000 < (await journal.next_claimable() or 0) <= 3600  # only "#0" is left
    # a request that provably never left (no 429) goes back without counting a refusal
    assert await journal.in_flight("w", [("#1", None, time.time())]) == {"#1"}
    await journal.refused("#1", 0.0, rate_limited=False)
    await journal.sync()
    row = await item(admin, campaign, "#1")
    assert (row["state"], row["refusals"], row["attempts"]) == ("pending", 1, 2)
    assert await journal.next_claimable() == 0.0
    await journal.claim("w", 10, LONG)
    assert 3000 < (await journal.next_claimable() or 0) <= 3600  # "#0" alone again
    await journal.sent("#0", sid(0))  # (a SID wins even over a refusal's wait)
    await journal.sync()
    assert await journal.next_claimable() is None  # nothing pending at all
    await assert_counters_match(journal)


async def test_outcomes_touch_only_rows_the_owner_still_holds(
    dsn: str, campaign: str, journal: PostgresJournal, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 4)
    await _in_flight(journal, "a", 4)
    await journal.failed("#0", ERROR, False)
    await journal.uncertain("#1", {"reason": "connection error", "message": "dropped"})
    # a late answer for "#2" from some other worker that once held it changes nothing
    await journal.refused("#2", 0.0, owner="b")
    await journal.failed("#3", ERROR, True, owner="b")
    await journal.sync()
    states = [(await item(admin, campaign, f"#{i}"))["state"] for i in range(4)]
    assert states == ["failed", "uncertain", "in_flight", "in_flight"]
    row = await item(admin, campaign, "#0")
    assert row["error"]["code"] == 21211 and row["retryable"] is False
    await journal.pending("#1")  # reconciliation proved it absent
    await journal.pending("#2")  # not uncertain: no effect
    await journal.sync()
    assert (await item(admin, campaign, "#1"))["state"] == "pending"
    assert (await item(admin, campaign, "#2"))["state"] == "in_flight"
    await assert_counters_match(journal)


async def test_in_flight_is_committed_when_it_returns(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 2)
    (claim,) = await journal.claim("w", 1, LONG)
    assert await journal.in_flight("w", [(claim.key, '{"to": "+1"}', 1234.5)]) == {"#0"}
    row = await item(admin, campaign, "#0")  # another connection sees it at once
    assert (row["state"], row["attempts"], row["fingerprint"]) == ("in_flight", 1, '{"to": "+1"}')
    assert row["first_attempt"] == row["last_attempt"] == 1234.5
    assert await journal.in_flight("w", [("#0", None, 1.0)]) == set()  # not twice
    assert await journal.in_flight("w", [("#1", None, 1.0)]) == set()  # never claimed


async def test_concurrent_write_aheads_share_commits(
    journal: PostgresJournal, campaign: str
) -> None:
    await _loaded(journal, campaign, 400)
    claims = await journal.claim("w", 400, LONG)
    results: dict[str, set[str]] = {}

    async def one(key: str) -> None:
        results[key] = await journal.in_flight("w", [(key, None, time.time())])

    before = journal.commits
    with anyio.fail_after(HANG_GUARD):
        async with anyio.create_task_group() as tg:
            for c in claims:
                tg.start_soon(one, c.key)
    assert all(results[c.key] == {c.key} for c in claims)
    assert journal.commits - before <= 40, f"{journal.commits - before} commits for 400 calls"
    assert (await journal.counts())["in_flight"] == 400


async def test_a_key_asked_for_twice_at_once_goes_to_one_caller(
    journal: PostgresJournal, campaign: str
) -> None:
    await _loaded(journal, campaign, 1)
    await journal.claim("w", 1, LONG)
    answers: list[set[str]] = []

    async def one() -> None:
        answers.append(await journal.in_flight("w", [("#0", None, 1.0)]))

    async with anyio.create_task_group() as tg:
        tg.start_soon(one)
        tg.start_soon(one)
    assert sorted(len(a) for a in answers) == [0, 1]


async def test_renew_extends_leases_and_release_returns_claims(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 4)
    await _in_flight(journal, "w", 1, lease=60.0)  # "#0"
    await journal.claim("w", 2, lease=60.0)  # "#1", "#2"
    before = await admin.fetchval(
        "SELECT max(lease_until) FROM twilio_async_items WHERE campaign = $1", campaign
    )
    assert await journal.renew("w", lease=LONG) == 3
    after = await admin.fetchval(
        "SELECT min(lease_until) FROM twilio_async_items WHERE campaign = $1 AND owner = 'w'",
        campaign,
    )
    assert (after - before).total_seconds() > 500
    assert await journal.release("w") == 2
    await journal.sent("#0", sid(0))  # the in-flight request's answer comes after the release
    with pytest.raises(ValueError, match="not claimed through this journal"):
        await journal.failed("#1", ERROR, False)  # released: no longer ours
    await journal.sync()
    assert [(await item(admin, campaign, f"#{i}"))["state"] for i in range(4)] == [
        "sent",  # its request was out: it stayed in flight until its answer came
        "pending",
        "pending",
        "pending",
    ]
    assert await journal.renew("nobody") == 0
    await assert_counters_match(journal)


async def test_keep_leases_renews_until_cancelled(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    await _loaded(journal, campaign, 1)
    await journal.claim("w", 1, lease=300)
    first = (await item(admin, campaign, "#0"))["lease_until"]
    with anyio.fail_after(HANG_GUARD):
        async with anyio.create_task_group() as tg:
            tg.start_soon(lambda: journal.keep_leases("w", every=0.05))
            while (await item(admin, campaign, "#0"))["lease_until"] <= first:
                await anyio.sleep(0.05)
            tg.cancel_scope.cancel()


async def test_input_is_checked_naming_the_parameter(journal: PostgresJournal) -> None:
    with pytest.raises(ValueError, match="n must be an int"):
        await journal.claim("w", 0)
    with pytest.raises(ValueError, match="owner"):
        await journal.claim("", 1)
    with pytest.raises(ValueError, match="lease"):
        await journal.claim("w", 1, lease=float("nan"))
    with pytest.raises(ValueError, match="retry_after"):
        await journal.refused("k", -1.0, owner="w")
    with pytest.raises(TypeError, match="error must be a mapping"):
        await journal.failed("k", "boom", False, owner="w")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sid"):
        await journal.sent("k", "")
    with pytest.raises(TypeError, match="fingerprint"):
        await journal.in_flight("w", [("k", 3, 1.0)])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="open another"):
        await journal.open(account=ACCOUNT, target=TARGET, campaign="some other")
    no_campaign = PostgresJournal(journal._url)
    with pytest.raises(ValueError, match="no campaign"):
        await no_campaign.claim("w", 1)
    await no_campaign.aclose()
