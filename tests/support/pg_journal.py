"""Helpers for the PostgreSQL journal's tests: rows to load, and looks at the tables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anyio
import asyncpg

from twilio_async.batch._pg_journal import PostgresJournal
from twilio_async.batch._pg_schema import STATE_NAMES

ACCOUNT = "AC" + "1" * 32
TARGET = "MessageList/" + ACCOUNT
#: Hang guard for one test's waiting (a busy machine is slow, never this slow).
HANG_GUARD = 30.0


def sid(n: int) -> str:
    """A distinct, well-formed message SID."""
    return f"SM{n:032x}"


def rows(n: int, *, start: int = 0, body: str = "hi") -> Iterator[tuple[str, int, dict[str, Any]]]:
    """``n`` distinct ``(key, pos, params)`` rows, made lazily."""
    for i in range(start, start + n):
        yield (
            f"#{i}",
            i,
            {"to": f"+1555{i % 10_000_000:07d}", "from_": "+15005550006", "body": f"{body} {i}"},
        )


async def item(admin: asyncpg.Connection, campaign: str, key: str) -> dict[str, Any]:
    """One item row as a dict (``state`` as its name)."""
    row = await admin.fetchrow(
        "SELECT *, lease_until < now() AS expired FROM twilio_async_items "
        "WHERE campaign = $1 AND key = $2",
        campaign,
        key,
    )
    assert row is not None, f"no row {key!r} in campaign {campaign!r}"
    out = dict(row)
    out["state"] = STATE_NAMES[out["state"]]
    for name in ("params", "error"):  # jsonb comes back as text
        if out[name] is not None:
            out[name] = json.loads(out[name])
    return out


async def wait_lease_expired(admin: asyncpg.Connection, campaign: str, keys: list[str]) -> None:
    """Wait (by the server's clock) until every one of these rows' lease has passed."""
    with anyio.fail_after(HANG_GUARD):
        while await admin.fetchval(
            "SELECT count(*) FROM twilio_async_items WHERE campaign = $1 AND key = ANY($2) "
            "AND lease_until >= now()",
            campaign,
            keys,
        ):
            await anyio.sleep(0.05)


async def expire_leases(admin: asyncpg.Connection, campaign: str, keys: list[str]) -> None:
    """End these rows' leases now (as if their worker had stopped renewing long ago)."""
    await admin.execute(
        "UPDATE twilio_async_items SET lease_until = now() - interval '1 second' "
        "WHERE campaign = $1 AND key = ANY($2)",
        campaign,
        keys,
    )


async def assert_counters_match(journal: PostgresJournal, campaign: str | None = None) -> None:
    """The counters agree with a recount of the items."""
    await journal.sync()
    counted = await journal.counts(campaign)
    recounted = await journal.counts(campaign, recount=True)
    assert counted == recounted
