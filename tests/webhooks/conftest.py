"""Fixtures for the webhook tests: the example app, and a real uvicorn server on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import sys
from collections.abc import AsyncIterator, Generator
from pathlib import Path
from types import ModuleType
from typing import Any

import uvicorn

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


class _QuietServer(uvicorn.Server):
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
    server = _QuietServer(config)
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
