"""Shared fixtures: fake credentials and a client whose HTTP is mocked with respx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from twilio_async import Client, _constants


@pytest.fixture
def account_sid() -> str:
    return ACCOUNT_SID


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    """A client with fake credentials and no retries (tests opt in to retries)."""
    async with Client(ACCOUNT_SID, AUTH_TOKEN, max_retries=0, environ={}) as c:
        yield c


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    """A respx router that fails the test on any unmocked request."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield router


@pytest.fixture(autouse=True)
def _httpx_backend_for_respx(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """respx intercepts httpx's transport, so unit tests default to the ``httpx`` backend.

    Tests marked ``real_backend`` keep the production default (aiohttp on asyncio).
    """
    if request.node.get_closest_marker("real_backend") is None:
        monkeypatch.setattr(_constants, "DEFAULT_HTTP_BACKEND", "httpx")
