"""ASGI on loopback: a webhook receiver, the example webhook app, a uvicorn server.

``Receiver`` records the status callbacks the emulator sends (tests/emulator);
``load_example`` and ``serve`` run ``examples/webhook_app.py`` (tests/webhooks).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import sys
from collections.abc import AsyncIterator, Generator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import uvicorn


@dataclass
class Received:
    """One request a ``Receiver`` got."""

    url: str
    headers: dict[str, str]
    form: dict[str, str]


@dataclass
class Receiver:
    """A tiny webhook receiver on loopback that records every POST it gets."""

    requests: list[Received] = field(default_factory=list)
    url: str = ""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        query = scope["query_string"].decode()
        url = f"{self.url.split('?')[0]}{'?' + query if query else ''}"
        self.requests.append(Received(url, headers, dict(parse_qsl(body.decode()))))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "webhook_app.py"


def load_example() -> ModuleType:
    """``examples/webhook_app.py`` as a module (examples/ is not a package)."""
    name = "webhook_app_example"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class QuietServer(uvicorn.Server):
    """uvicorn without its signal handlers (pytest keeps Ctrl-C)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


@contextlib.asynccontextmanager
async def serve(app: Any) -> AsyncIterator[str]:
    """Serve ``app`` (lifespan included) on 127.0.0.1, a free port; yields the base URL."""
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_config=None, log_level="warning", lifespan="on"
    )
    server = QuietServer(config)
    task = asyncio.get_running_loop().create_task(server.serve())
    try:
        for _ in range(2000):  # bounded: at most ~10 s
            if server.started or task.done():
                break
            await asyncio.sleep(0.005)
        if task.done():
            task.result()
        assert server.started, "the server did not start"
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
