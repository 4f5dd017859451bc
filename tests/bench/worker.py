"""One benchmark measurement in a fresh process; prints a JSON result line.

``python -m tests.bench.worker create --contender sdk --concurrency 100 --requests 3000 --port P``
``python -m tests.bench.worker stream --items 100000 --port P``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only the contenders that use the SDK import it (peak RSS is measured)
    from twilio_async._types import BackendName

ACCOUNT = "AC" + "a" * 32
TOKEN = "bench-token"
FORM = {"To": "+15558675310", "From": "+15017122661", "Body": "Hello from the bench"}

Send = Callable[[], Awaitable[Any]]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _sdk(base: str, backend: BackendName) -> tuple[Send, Callable[[], Awaitable[None]]]:
    from twilio_async import Client

    client = Client(ACCOUNT, TOKEN, base_url=base, max_retries=0, http_backend=backend)
    close = client.aclose
    messages = client.messages

    async def send() -> Any:
        return await messages.create(to=FORM["To"], from_=FORM["From"], body=FORM["Body"])

    return send, close


async def _twilio_python(base: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.http.response import Response
    from twilio.rest import Client as TwilioClient

    class LocalHttpClient(AsyncTwilioHttpClient):
        # twilio-python's async client overrides its sync base's request with a coroutine.
        async def request(  # type: ignore[override]
            self,
            method: str,
            url: str,
            params: dict[str, object] | None = None,
            data: dict[str, object] | None = None,
            headers: dict[str, str] | None = None,
            auth: tuple[str, str] | None = None,
            timeout: float | None = None,
            allow_redirects: bool = False,
        ) -> Response:
            url = url.replace("https://api.twilio.com", base + "/api")
            return await super().request(
                method, url, params, data, headers, auth, timeout, allow_redirects
            )

    http = LocalHttpClient()
    client = TwilioClient(ACCOUNT, TOKEN, http_client=http)

    async def send() -> Any:
        return await client.messages.create_async(
            to=FORM["To"], from_=FORM["From"], body=FORM["Body"]
        )

    return send, http.close


async def _raw_httpx(base: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    import httpx

    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1000), auth=(ACCOUNT, TOKEN))
    url = f"{base}/api/2010-04-01/Accounts/{ACCOUNT}/Messages.json"

    async def send() -> Any:
        response = await http.post(url, data=FORM)
        return response.content

    return send, http.aclose


async def _raw_aiohttp(base: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    import aiohttp

    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=1000), auth=aiohttp.BasicAuth(ACCOUNT, TOKEN)
    )
    url = f"{base}/api/2010-04-01/Accounts/{ACCOUNT}/Messages.json"

    async def send() -> Any:
        async with session.post(url, data=FORM) as response:
            return await response.read()

    return send, session.close


CONTENDERS = {
    "sdk": lambda base: _sdk(base, "auto"),
    "sdk-httpx": lambda base: _sdk(base, "httpx"),
    "twilio-python": _twilio_python,
    "raw-httpx": _raw_httpx,
    "raw-aiohttp": _raw_aiohttp,
}


async def _drive(send: Send, total: int, concurrency: int) -> int:
    remaining = total
    errors = 0

    async def worker() -> None:
        nonlocal remaining, errors
        while remaining > 0:
            remaining -= 1
            try:
                await send()
            except Exception:
                errors += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return errors


async def create(contender: str, port: int, concurrency: int, requests: int) -> dict[str, Any]:
    base = f"http://127.0.0.1:{port}"
    send, close = await CONTENDERS[contender](base)
    try:
        await _drive(send, min(requests, max(200, concurrency * 2)), concurrency)  # warm up
        cpu0, wall0 = time.process_time(), time.perf_counter()
        errors = await _drive(send, requests, concurrency)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    finally:
        await close()
    return {
        "contender": contender,
        "concurrency": concurrency,
        "requests": requests,
        "errors": errors,
        "req_per_s": requests / wall,
        "cpu_us_per_req": cpu / requests * 1e6,
        "peak_rss_mb": _peak_rss_mb(),
    }


async def stream(port: int, items: int) -> dict[str, Any]:
    from twilio_async import Client

    base = f"http://127.0.0.1:{port}"
    async with Client(ACCOUNT, TOKEN, base_url=base, max_retries=0) as client:
        seen = 0
        wall0, cpu0 = time.perf_counter(), time.process_time()
        async for message in client.messages.stream(limit=items, page_size=1000):
            seen += 1 if message.sid else 0
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "items": seen,
        "us_per_item": wall / max(seen, 1) * 1e6,
        "cpu_us_per_item": cpu / max(seen, 1) * 1e6,
        "peak_rss_mb": _peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("create", "stream"))
    parser.add_argument("--contender", default="sdk", choices=sorted(CONTENDERS))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--cpu", type=int, default=None)
    ns = parser.parse_args()
    if ns.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {ns.cpu})
    if ns.mode == "create":
        result = asyncio.run(create(ns.contender, ns.port, ns.concurrency, ns.requests))
    else:
        result = asyncio.run(stream(ns.port, ns.items))
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
