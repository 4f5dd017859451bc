"""A minimal keep-alive HTTP/1.1 server answering like Twilio's Messages endpoint.

Run in its own process (pinned to its own core by ``run.py``) so the client's
CPU time is measured alone. ``POST …/Messages.json`` returns a canned Message
(201); ``GET …/Messages.json`` returns pages of canned messages with
``next_page_uri`` until ``--total`` items were served.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from urllib.parse import parse_qs, urlsplit

ACCOUNT = "AC" + "a" * 32
MESSAGE = {
    "account_sid": ACCOUNT,
    "api_version": "2010-04-01",
    "body": "Hello from the bench",
    "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
    "date_sent": "Thu, 24 Aug 2023 05:01:45 +0000",
    "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
    "direction": "outbound-api",
    "error_code": None,
    "error_message": None,
    "from": "+15017122661",
    "messaging_service_sid": None,
    "num_media": "0",
    "num_segments": "1",
    "price": None,
    "price_unit": "USD",
    "sid": "SM" + "b" * 32,
    "status": "queued",
    "subresource_uris": {
        "media": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/SM{'b' * 32}/Media.json"
    },
    "to": "+15558675310",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/SM{'b' * 32}.json",
}
CREATED = json.dumps(MESSAGE).encode()


def _page(path: str, query: str, total: int) -> bytes:
    params = parse_qs(query)
    size = min(int(params.get("PageSize", ["50"])[0]), 1000)
    page = int(params.get("Page", ["0"])[0])
    start = page * size
    count = max(0, min(size, total - start))
    items = [dict(MESSAGE, sid=f"SM{start + i:032x}") for i in range(count)]
    more = start + count < total
    body = {
        "messages": items,
        "page": page,
        "page_size": size,
        "start": start,
        "end": start + count - 1,
        "uri": f"{path}?{query}",
        "first_page_uri": f"{path}?PageSize={size}&Page=0",
        "previous_page_uri": None if page == 0 else f"{path}?PageSize={size}&Page={page - 1}",
        "next_page_uri": f"{path}?PageSize={size}&Page={page + 1}" if more else None,
    }
    return json.dumps(body).encode()


class _Http(asyncio.Protocol):
    def __init__(self, total: int):
        self.total = total
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            lines = head.split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return
            self.buffer = self.buffer[end:]
            self.respond(method, target)

    def respond(self, method: str, target: str) -> None:
        parts = urlsplit(target)
        if method == "POST" and parts.path.endswith("/Messages.json"):
            status, body = "201 Created", CREATED
        elif method == "GET" and parts.path.endswith("/Messages.json"):
            # Page links are relative to the domain: drop the emulator-style /api prefix.
            path = parts.path.removeprefix("/api")
            status, body = "200 OK", _page(path, parts.query, self.total)
        else:
            status, body = (
                "404 Not Found",
                b'{"code": 20404, "message": "not found", "status": 404}',
            )
        assert self.transport is not None
        self.transport.write(
            f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n".encode()
            + body
        )


async def serve(port: int, total: int, ready_fd: int | None) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Http(total), "127.0.0.1", port, backlog=4096)
    bound = server.sockets[0].getsockname()[1]
    if ready_fd is not None:
        os.write(ready_fd, f"{bound}\n".encode())
        os.close(ready_fd)
    else:
        print(bound, flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--cpu", type=int, default=None)
    ns = parser.parse_args()
    if ns.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {ns.cpu})
    asyncio.run(serve(ns.port, ns.total, None))


if __name__ == "__main__":
    main()
