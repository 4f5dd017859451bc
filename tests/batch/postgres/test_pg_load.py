"""Loading a campaign: COPY in chunks, idempotent, flat memory; the CLI's load and status."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from tests.support.pg_journal import ACCOUNT, TARGET, assert_counters_match, item, rows, sid
from twilio_async.batch import BadRowError, JournalMismatchError
from twilio_async.batch._campaign_cli import load_csv, message_target, status
from twilio_async.batch._pg_journal import PostgresJournal


async def test_loading_twice_adds_nothing_and_never_resets_a_state(
    journal: PostgresJournal, campaign: str, admin: asyncpg.Connection
) -> None:
    assert await journal.load(campaign, rows(1000), account=ACCOUNT, target=TARGET, chunk=300) == (
        1000,
        0,
    )
    claims = await journal.claim("w1", 3)
    moved = await journal.in_flight("w1", [(c.key, None, 100.0) for c in claims])
    assert moved == {"#0", "#1", "#2"}
    await journal.sent("#0", sid(0))
    await journal.sync()

    again = await journal.load(campaign, rows(1000), account=ACCOUNT, target=TARGET, chunk=300)
    assert again == (0, 1000)
    assert (await item(admin, campaign, "#0"))["state"] == "sent"
    assert (await item(admin, campaign, "#1"))["state"] == "in_flight"
    assert await journal.counts() == {
        "pending": 997,
        "in_flight": 2,
        "sent": 1,
        "failed": 0,
        "uncertain": 0,
        "claimed": 0,
    }
    await assert_counters_match(journal)
    # more rows later: only the new ones are added
    grown = await journal.load(campaign, rows(1200), account=ACCOUNT, target=TARGET)
    assert grown == (200, 1000)
    assert sum((await journal.counts()).values()) == 1200


async def test_an_async_iterable_loads_too(journal: PostgresJournal, campaign: str) -> None:
    async def source() -> AsyncIterator[tuple[str, int, dict[str, Any]]]:
        for row in rows(50):
            yield row

    assert await journal.load(campaign, source(), account=ACCOUNT, target=TARGET, chunk=7) == (
        50,
        0,
    )
    claims = await journal.claim("w", 50)
    assert [c.pos for c in claims] == list(range(50))  # input order
    assert claims[3].params == {"to": "+15550000003", "from_": "+15005550006", "body": "hi 3"}


async def test_changed_params_under_a_loaded_key_are_refused(
    journal: PostgresJournal, campaign: str
) -> None:
    await journal.load(campaign, rows(10), account=ACCOUNT, target=TARGET)
    shifted = [("#0", 0, {"to": "+15550000099", "body": "inserted row"}), *rows(10, start=1)]
    with pytest.raises(JournalMismatchError, match="input changed"):
        await journal.load(campaign, shifted, account=ACCOUNT, target=TARGET)
    assert sum((await journal.counts()).values()) == 10  # the chunk was rolled back
    kept = await journal.load(campaign, shifted, account=ACCOUNT, target=TARGET, on_changed="keep")
    assert kept == (1, 10)  # "#10" is new; "#0" keeps its first params


async def test_repeated_keys_in_the_input(journal: PostgresJournal, campaign: str) -> None:
    same = [*rows(3), *rows(2)]  # "#0" and "#1" twice, the same params: loaded once
    assert await journal.load(campaign, same, account=ACCOUNT, target=TARGET) == (3, 2)
    other = [*rows(2, start=10), ("#10", 10, {"body": "other"})]
    with pytest.raises(JournalMismatchError, match="repeated with other params"):
        await journal.load(campaign, other, account=ACCOUNT, target=TARGET)
    assert sum((await journal.counts()).values()) == 3


async def test_a_campaign_belongs_to_one_account_and_target(
    journal: PostgresJournal, campaign: str
) -> None:
    await journal.load(campaign, rows(1), account=ACCOUNT, target=TARGET)
    with pytest.raises(JournalMismatchError, match="account"):
        await journal.load(campaign, rows(1), account="AC" + "2" * 32, target=TARGET)
    with pytest.raises(JournalMismatchError, match="target"):
        await journal.open(account=ACCOUNT, target="CallList/" + ACCOUNT)


async def test_bad_rows_are_refused_naming_the_parameter(
    journal: PostgresJournal, campaign: str
) -> None:
    with pytest.raises(TypeError, match="params must be a mapping"):
        await journal.load(campaign, [("k", 0, ["x"])], account=ACCOUNT, target=TARGET)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="pos must be an int"):
        await journal.load(campaign, [("k", -1, {})], account=ACCOUNT, target=TARGET)
    with pytest.raises(ValueError, match="not JSON"):
        await journal.load(campaign, [("k", 0, {"x": object()})], account=ACCOUNT, target=TARGET)
    with pytest.raises(ValueError, match="chunk"):
        await journal.load(campaign, rows(1), account=ACCOUNT, target=TARGET, chunk=0)
    assert sum((await journal.counts()).values()) == 0


async def test_100k_rows_load_in_bounded_memory(journal: PostgresJournal, campaign: str) -> None:
    n, chunk = 100_000, 5_000
    tracemalloc.start()
    try:
        added = await journal.load(campaign, rows(n), account=ACCOUNT, target=TARGET, chunk=chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert added == (n, 0)
    # Holding all 100k rows would take ~60 MB (about 600 bytes each as tuples, dicts and
    # JSON); a chunk of 5,000 takes ~3 MB. Allow several chunks' worth, far below all rows.
    assert peak < 15_000_000, f"peak {peak / 1e6:.1f} MB while loading"
    assert (await journal.counts())["pending"] == n


# ------------------------------------------------------------ the CLI's functions


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("to,name\n" + "\n".join(lines) + "\n")
    return path


async def test_load_csv_twice_then_status(dsn: str, campaign: str, tmp_path: Path) -> None:
    path = _csv(tmp_path / "r.csv", [f"+1555000{i:04d},n{i}" for i in range(25)])
    first = await load_csv(
        dsn, campaign, path, account=ACCOUNT, body="Hi {name}", from_="+15005550006"
    )
    assert (first.rows, first.added, first.already_present) == (25, 25, 0)
    second = await load_csv(
        dsn, campaign, path, account=ACCOUNT, body="Hi {name}", from_="+15005550006"
    )
    assert (second.added, second.already_present) == (0, 25)
    report = await status(dsn, campaign)
    assert report["exists"] and report["account"] == ACCOUNT
    assert report["target"] == message_target(ACCOUNT)
    assert report["counts"]["pending"] == 25 and report["total"] == 25
    assert report["remaining"] == 25 and report["done"] == 0
    async with PostgresJournal(dsn, campaign=campaign) as j:
        (claim,) = await j.claim("w", 1)
    assert claim.key == "#0"
    assert claim.params == {"from_": "+15005550006", "to": "+15550000000", "body": "Hi n0"}


async def test_load_csv_stops_at_a_bad_row_before_loading(
    dsn: str, campaign: str, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "r.csv", ["+15550000001,a", "not-a-number,b", "+15550000003,c"])
    with pytest.raises(BadRowError, match="line 3"):
        await load_csv(dsn, campaign, path, account=ACCOUNT, body="Hi {name}", from_="+15005550006")
    assert not (await status(dsn, campaign))["exists"]
    skipped = await load_csv(
        dsn,
        campaign,
        path,
        account=ACCOUNT,
        body="Hi {name}",
        from_="+15005550006",
        on_bad_row="skip",
    )
    assert (skipped.added, skipped.bad_count) == (2, 1)
    assert [str(b) for b in skipped.bad_rows] == [
        "line 3: 'to' is not an E.164 number: 'not-a-number'"
    ]
    async with PostgresJournal(dsn, campaign=campaign) as j:
        keys = [c.key for c in await j.claim("w", 10)]
    assert keys == ["#0", "#2"]  # keys count bad rows too, as send-batch does


async def test_load_csv_needs_a_sender(dsn: str, campaign: str, tmp_path: Path) -> None:
    path = _csv(tmp_path / "r.csv", ["+15550000001,a"])
    with pytest.raises(ValueError, match="from_ or messaging_service_sid"):
        await load_csv(dsn, campaign, path, account=ACCOUNT, body="Hi {name}")
