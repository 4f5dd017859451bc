"""Fixtures for the PostgreSQL journal's tests: one real server per session (see
tests/support/postgres.py), a fresh campaign name per test, a connected journal."""

from __future__ import annotations

import itertools
import re
from collections.abc import AsyncIterator

import asyncpg
import pytest

from tests.support.pg_journal import ACCOUNT, TARGET
from tests.support.postgres import PostgresServer, postgres_server
from twilio_async.batch._pg_journal import PostgresJournal

__all__ = ["postgres_server"]

_serial = itertools.count()


@pytest.fixture
def dsn(postgres_server: PostgresServer) -> str:
    return postgres_server.dsn


@pytest.fixture
def campaign(request: pytest.FixtureRequest) -> str:
    """A campaign name no other test uses."""
    return f"{re.sub(r'[^A-Za-z0-9_]', '_', request.node.name)[:80]}-{next(_serial)}"


@pytest.fixture
async def journal(dsn: str, campaign: str) -> AsyncIterator[PostgresJournal]:
    """A connected journal on this test's campaign (opened for ACCOUNT / TARGET)."""
    j = PostgresJournal(dsn, campaign=campaign)
    await j.open(account=ACCOUNT, target=TARGET)
    try:
        yield j
    finally:
        await j.aclose()


@pytest.fixture
async def admin(dsn: str) -> AsyncIterator[asyncpg.Connection]:
    """A plain connection for looking at (and tampering with) the tables."""
    conn = await asyncpg.connect(dsn)
    try:
        yield conn
    finally:
        await conn.close()
