"""A Twilio-like Messages server for the batch benchmarks, written apart from the emulator.

``python -m tests.bench.twilio_like --latency 0.1 --limit 100 --retry-after 1``

It shares no code with ``twilio_async.emulator`` (so the emulator's assumptions are
not the judge): a keep-alive HTTP/1.1 server on asyncio's protocol layer that

- answers ``POST …/Messages.json`` with 201 and a Message after ``--latency``
  seconds, holding one of the account's ``--limit`` concurrency slots meanwhile;
- answers a POST beyond the limit at once with 429, Twilio code 20429, and
  ``Retry-After: N`` when ``--retry-after N`` is given (``none``: no header);
- can change the limit mid-run (``--limit-after 5:40``: 40 from the fifth second);
- counts what it stored by ``Body``: ``GET /_stats`` gives created, distinct bodies,
  duplicated bodies, refusals, the most requests it ever held at once, and when
  the first create arrived and the last was answered (``first_at``/``last_at``).

Prints the bound port on its first line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, urlsplit

ACCOUNT_TEMPLATE = {
    "api_version": "2010-04-01",
    "direction": "outbound-api",
    "error_code": None,
    "error_message": None,
    "messaging_service_sid": None,
    "num_media": "0",
    "num_segments": "1",
    "price": None,
    "price_unit": "USD",
    "status": "queued",
}
REFUSAL = json.dumps(
    {
        "code": 20429,
        "message": "Too Many Requests",
        "more_info": "https://www.twilio.com/docs/errors/20429",
        "status": 429,
    }
).encode()
DATE = "Thu, 24 Aug 2023 05:01:45 +0000"


class Account:
    """The account's state: a concurrency limit, what was stored, what was refused."""

    def __init__(self, limit: int, changes: list[tuple[float, int]], retry_after: str | None):
        self.base_limit = limit
        self.changes = sorted(changes)
        self.retry_after = retry_after
        self.t0 = time.monotonic()
        self.in_flight = 0
        self.max_in_flight = 0
        self.refused = 0
        self.created = 0
        self.first_at = 0.0
        self.last_at = 0.0
        self.bodies: Counter[str] = Counter()

    def limit(self) -> int:
        now = time.monotonic() - self.t0
        limit = self.base_limit
        for at, value in self.changes:
            if now >= at:
                limit = value
        return limit

    def stats(self) -> bytes:
        return json.dumps(
            {
                "created": self.created,
                "distinct": len(self.bodies),
                "duplicated": sum(n - 1 for n in self.bodies.values() if n > 1),
                "refused": self.refused,
                "max_in_flight": self.max_in_flight,
                "first_at": self.first_at,
                "last_at": self.last_at,
            }
        ).encode()


class Connection(asyncio.Protocol):
    """One keep-alive connection; requests are answered in order."""

    def __init__(self, account: Account, latency: float):
        self.account = account
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.busy = False
        self.waiting: list[tuple[str, str, bytes]] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            lines = self.buffer[:head_end].decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return
            body = self.buffer[head_end + 4 : end]
            self.buffer = self.buffer[end:]
            self.waiting.append((method, target, body))
            self._next()

    def _next(self) -> None:
        if self.busy or not self.waiting:
            return
        method, target, body = self.waiting.pop(0)
        self.busy = True
        self._handle(method, urlsplit(target).path, body)

    def _handle(self, method: str, path: str, body: bytes) -> None:
        account = self.account
        if method == "GET" and path == "/_stats":
            self._write("200 OK", account.stats())
        elif method == "POST" and path.endswith("/Messages.json"):
            if account.in_flight >= account.limit():
                account.refused += 1
                extra = {} if account.retry_after is None else {"Retry-After": account.retry_after}
                self._write("429 Too Many Requests", REFUSAL, extra)
                return
            account.in_flight += 1
            account.max_in_flight = max(account.max_in_flight, account.in_flight)
            form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            account.created += 1
            account.bodies[form.get("Body", "")] += 1
            sid = f"SM{account.created:032x}"
            message: dict[str, Any] = dict(
                ACCOUNT_TEMPLATE,
                sid=sid,
                body=form.get("Body"),
                to=form.get("To"),
                date_created=DATE,
                date_updated=DATE,
                date_sent=None,
                uri=path.removesuffix(".json") + f"/{sid}.json",
                subresource_uris={},
                account_sid=path.split("/Accounts/")[-1].split("/")[0],
            )
            message["from"] = form.get("From")
            payload = json.dumps(message).encode()
            asyncio.get_running_loop().call_later(self.latency, self._created, payload)
        else:
            self._write("404 Not Found", b'{"code": 20404, "message": "not found", "status": 404}')

    def _created(self, payload: bytes) -> None:
        account = self.account
        account.in_flight -= 1
        account.last_at = time.monotonic()
        if not account.first_at:
            account.first_at = account.last_at - self.latency
        self._write("201 Created", payload)

    def _write(self, status: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        headers = "".join(f"{k}: {v}\r\n" for k, v in (extra or {}).items())
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(
                f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{headers}"
                f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n".encode()
                + body
            )
        self.busy = False
        self._next()


async def serve(port: int, account: Account, latency: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: Connection(account, latency), "127.0.0.1", port, backlog=4096
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def _change(text: str) -> tuple[float, int]:
    at, _, limit = text.partition(":")
    return float(at), int(limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--limit-after", type=_change, action="append", default=[])
    parser.add_argument("--retry-after", default="1", help="seconds, or 'none' for no header")
    parser.add_argument("--cpu", type=int, default=None)
    ns = parser.parse_args()
    if ns.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {ns.cpu})
    retry_after = None if ns.retry_after.lower() == "none" else ns.retry_after
    account = Account(ns.limit, ns.limit_after, retry_after)
    asyncio.run(serve(ns.port, account, ns.latency))


if __name__ == "__main__":
    main()
