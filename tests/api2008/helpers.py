"""Shared data for the API 2008-08-01 tests: SIDs, fixture files, request inspection."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

from tests.support.credentials import ACCOUNT_SID

FIXTURES = Path(__file__).parent / "fixtures"

AC = ACCOUNT_SID
CA = "CA" + "1" * 32
CA2 = "CA" + "2" * 32
SM = "SM" + "3" * 32
PN = "PN" + "4" * 32
PO = "PN" + "5" * 32  # an outgoing caller id
RE = "RE" + "6" * 32
TR = "TR" + "7" * 32
NO = "NO" + "8" * 32
CF = "CF" + "9" * 32

BASE = "https://api.twilio.com"
ACCOUNT = f"/2008-08-01/Accounts/{AC}"

PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def xml(name: str | None, status: int = 200) -> httpx.Response:
    """A response carrying a fixture (or no body, for 204)."""
    if name is None:
        return httpx.Response(status)
    return httpx.Response(
        status, content=fixture(name), headers={"Content-Type": "application/xml"}
    )


def query_of(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def form_of(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def assert_fields(obj: Any, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        actual = getattr(obj, name)
        assert actual == value, f"{type(obj).__name__}.{name}: {actual!r} != {value!r}"
        if isinstance(value, datetime):
            assert actual.utcoffset() == value.utcoffset(), name
