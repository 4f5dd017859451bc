"""Fixtures for the emulator's integration tests: a served emulator and clients for it.

Every test gets its own emulator on a free loopback port; the SDK talks to it
over a real socket unless a test says otherwise.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn

from tests.support.asgi import QuietServer, Receiver
from twilio_async import Client
from twilio_async.emulator import Emulator


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """An emulator whose message clock is off (statuses stay ``queued``)."""
    async with Emulator(status_interval=None, seed=1) as e:
        yield e


@pytest.fixture
async def client(emu: Emulator) -> AsyncIterator[Client]:
    """The SDK for the main account, over loopback, with no retries."""
    async with emu.client(max_retries=0) as c:
        yield c


@pytest.fixture
async def http(emu: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    """A raw HTTP client authenticated as the main account, for wire-level checks."""
    async with httpx.AsyncClient(
        base_url=emu.base_url, auth=(emu.account_sid, emu.auth_token)
    ) as h:
        yield h


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A webhook receiver served by uvicorn on a free loopback port."""
    rec = Receiver()
    config = uvicorn.Config(rec, host="127.0.0.1", port=0, log_config=None, lifespan="off")
    server = QuietServer(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.005)
    port = server.servers[0].sockets[0].getsockname()[1]
    rec.url = f"http://127.0.0.1:{port}/status"
    yield rec
    server.should_exit = True
    await task
