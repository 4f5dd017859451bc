"""Loading a campaign into the PostgreSQL journal: COPY in chunks, idempotent, flat memory.

Each chunk is one transaction: COPY into a temporary table (one per connection, emptied
at commit), then one ``INSERT … ON CONFLICT`` that adds the new keys and reports those
already present with other params (the input changed), and the pending counter. A
chunk's repeated keys are dropped first (one statement may not touch a row twice).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._journal import JournalError, JournalMismatchError
from ._pg_conn import PgConnection
from ._pg_schema import PENDING
from ._pg_types import encode_row

if TYPE_CHECKING:
    from ._pg_conn import Conn

#: Rows per COPY chunk when loading (memory holds about one chunk).
LOAD_CHUNK = 10_000

#: What ``load`` takes: ``(key, pos, params)`` rows, from an iterable or an async iterable.
Rows = (
    Iterable[tuple[str, int, Mapping[str, Any]]] | AsyncIterable[tuple[str, int, Mapping[str, Any]]]
)


async def ensure_campaign(
    pg: PgConnection, conn: Conn, name: str, account: str, target: str
) -> None:
    """Create the campaign, or check that it is for this account and target."""
    row = await conn.fetchrow(pg.sql.ensure_campaign, name, account, target)
    if row is None:  # created by a concurrent transaction after this statement began
        row = await conn.fetchrow(pg.sql.ensure_campaign, name, account, target)
    if row is None:
        raise JournalError(f"campaign {name!r} could not be created")
    for what, have, want in (("account", row[0], account), ("target", row[1], target)):
        if have != want:
            raise JournalMismatchError(
                f"campaign {name!r} is for {what} {have!r}, not {want!r}: use another campaign name"
            )


async def load_rows(
    pg: PgConnection,
    name: str,
    rows: Rows,
    account: str,
    target: str,
    chunk: int,
    on_changed: str,
) -> tuple[int, int]:
    """Load ``rows`` into campaign ``name`` (arguments checked by the caller)."""

    async def first(conn: Conn) -> None:
        await ensure_campaign(pg, conn, name, account, target)

    await pg.transaction("loading", first)
    added = present = 0
    async for chunk_rows in _chunks(rows, chunk):
        records = _unique(chunk_rows, on_changed)

        async def one(conn: Conn, records: list[tuple[str, int, str, str]] = records) -> int:
            await conn.execute(pg.sql.load_table)  # per connection; emptied at commit
            await conn.copy_records_to_table(
                pg.sql.LOAD_TABLE, records=records, columns=["key", "pos", "params", "digest"]
            )
            sql = pg.sql.load_insert if on_changed == "error" else pg.sql.load_insert_keep
            result = await conn.fetchrow(sql, name)
            assert result is not None
            n, changed, example = result
            if changed:
                raise JournalMismatchError(
                    f"campaign {name!r}: {changed} loaded keys already hold other "
                    f"params (e.g. {example[:60]!r}); the input changed since it was "
                    "first loaded. Give rows stable keys"
                )
            await pg.bump(conn, {(name, PENDING): n})
            return int(n)

        n = await pg.transaction("loading", one)
        added += n
        present += len(chunk_rows) - n
    return added, present


def _unique(
    records: list[tuple[str, int, str, str]], on_changed: str
) -> list[tuple[str, int, str, str]]:
    """The chunk with repeated keys dropped (the first is kept; one statement may not
    touch a row twice). A repeat with other params is an input error unless kept."""
    first: dict[str, tuple[str, int, str, str]] = {}
    for record in records:
        seen = first.setdefault(record[0], record)
        if seen is not record and seen[3] != record[3] and on_changed == "error":
            raise JournalMismatchError(
                f"rows: key {record[0][:60]!r} is repeated with other params in the input"
            )
    return records if len(first) == len(records) else list(first.values())


async def _chunks(rows: Rows, size: int) -> AsyncIterator[list[tuple[str, int, str, str]]]:
    """Rows encoded for COPY (``key, pos, params JSON, digest``), ``size`` at a time."""
    buf: list[tuple[str, int, str, str]] = []
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            buf.append(encode_row(row))
            if len(buf) >= size:
                yield buf
                buf = []
    else:
        for row in rows:
            buf.append(encode_row(row))
            if len(buf) >= size:
                yield buf
                buf = []
    if buf:
        yield buf
