"""Fixtures for the campaign tests: a real PostgreSQL (one per session), Redis (the
session's, or a test's own to restart: tests/batch/conftest.py), a campaign name per test."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.support.postgres import PostgresServer, postgres_server

__all__ = ["postgres_server"]

_serial = itertools.count()


@pytest.fixture
def dsn(postgres_server: PostgresServer) -> str:
    return postgres_server.dsn


@pytest.fixture
def campaign(request: pytest.FixtureRequest) -> str:
    """A campaign name no other test uses."""
    return f"{re.sub(r'[^A-Za-z0-9_]', '_', request.node.name)[:80]}-{next(_serial)}"
