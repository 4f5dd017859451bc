"""``Emulator``: the engine plus a uvicorn server on loopback, in the caller's event loop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Generator, Mapping
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx
import uvicorn

from ._app import EmulatorApp
from ._callbacks import CallbackAttempt
from ._engine import Engine
from ._faults import Faults
from ._types import DropConnection

if TYPE_CHECKING:
    from .._client import Client
    from ._catalog import Catalog
    from ._store import Stats, Store

#: What in-process clients use as their base URL; no socket is opened for it.
IN_PROCESS_BASE_URL = "http://127.0.0.1"


def listen_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket for ``host:port`` (port 0 picks a free one); raises ``OSError``."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this: uvicorn writes a response's head and body
        # separately, and with Nagle on, each answer would wait for the client's delayed ACK
        # (about 40 ms per request on Linux loopback).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


class _EmbeddedServer(uvicorn.Server):
    """uvicorn without signal handlers: the host program keeps its own Ctrl-C behaviour."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class InProcessTransport(httpx.ASGITransport):
    """httpx's ASGI transport, with a dropped connection surfacing as an httpx error."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except DropConnection:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None


class Emulator:
    """A local Twilio: every resource in ``specs/``, served from memory.

    ``async with Emulator() as emu: client = emu.client()`` starts a real HTTP
    server on 127.0.0.1 (a free port) in the running event loop;
    ``emu.asgi_client()`` talks to the same state in-process, with no socket.

    Fault modes (see ``Faults``) are keyword arguments and live in ``emu.faults``;
    ``emu.stats`` counts requests, creates and injected faults; ``emu.store`` holds
    every instance (``emu.store.count("accounts.messages")``). ``catalog=`` serves other
    catalogs than the generated ones (``_catalog.load_catalog()`` plus a test's own).
    """

    def __init__(
        self,
        *,
        account_sid: str | None = None,
        auth_token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float | tuple[float, float] = 0.0,
        concurrency_limit: int | None = None,
        error_rate: Mapping[int, float] | None = None,
        drop_rate: float = 0.0,
        drop_after_processing: bool = False,
        error_after_processing: bool = False,
        retry_after: float | None = None,
        limit_retry_after: float | None = 1.0,
        seed: int | None = None,
        status_interval: float | None = 0.5,
        allow_external_callbacks: bool = False,
        log_level: str = "warning",
        catalog: Catalog | None = None,
    ):
        self.faults = Faults(
            latency=latency,
            concurrency_limit=concurrency_limit,
            error_rate=dict(error_rate or {}),
            drop_rate=drop_rate,
            drop_after_processing=drop_after_processing,
            error_after_processing=error_after_processing,
            retry_after=retry_after,
            limit_retry_after=limit_retry_after,
        )
        self.engine = Engine(
            catalog=catalog,
            account_sid=account_sid,
            auth_token=auth_token,
            faults=self.faults,
            seed=seed,
            status_interval=status_interval,
            allow_external_callbacks=allow_external_callbacks,
        )
        self.app = EmulatorApp(self.engine)
        self.host = host
        self.port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None
        self._clients: list[Client] = []
        self._http_clients: list[httpx.AsyncClient] = []

    def __repr__(self) -> str:
        where = self.base_url if self._server is not None else "not serving"
        return f"<Emulator {where} account_sid={self.account_sid}>"

    # -------------------------------------------------------------- state

    @property
    def account_sid(self) -> str:
        """The main account's SID (``AC`` + 32 hex)."""
        return self.engine.account_sid

    @property
    def auth_token(self) -> str:
        """The main account's auth token."""
        return self.engine.auth_token

    @property
    def store(self) -> Store:
        return self.engine.store

    @property
    def stats(self) -> Stats:
        return self.engine.stats

    @property
    def callbacks(self) -> list[CallbackAttempt]:
        """Every status callback sent so far, with its signature and outcome."""
        return self.engine.clock.callbacks

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``: pass it as ``Client(base_url=...)``."""
        if self._server is None:
            raise RuntimeError("the emulator is not serving: use `async with Emulator() as emu`")
        return f"http://{self.host}:{self.port}"

    async def settle(self) -> None:
        """Wait until every message reached its final status and its callbacks went out."""
        await self.engine.clock.settle()

    def send_scheduled(self, until: datetime | None = None) -> int:
        """Send scheduled messages now, as if their ``SendAt`` had come; returns how many.

        Only those due by ``until`` when given. A test need not wait the 15 minutes
        Twilio requires between scheduling and sending.
        """
        return self.engine.clock.send_scheduled(until)

    def verify_code(self, service_sid: str, to: str) -> str:
        """The code Verify "sent" to ``to`` for its pending verification in ``service_sid``.

        Nothing leaves the emulator: a test reads the code here and checks it with
        ``services(service_sid).verification_checks.create(to=to, code=...)``.
        Raises ``LookupError`` when ``to`` has no pending verification there.
        """
        from ._verify import pending_code

        return pending_code(self.engine, service_sid, to)

    def oauth_app(self, account_sid: str | None = None) -> tuple[str, str]:
        """Register an OAuth app; returns its ``(client_id, client_secret)``.

        ``POST https://oauth.twilio.com/v2/token`` grants those credentials bearer
        tokens that act as ``account_sid`` (the main account unless given), so
        ``Client(credential_provider=ClientCredentialProvider(client_id, client_secret))``
        works against the emulator. (The account SID and auth token work as client
        credentials too.)
        """
        engine = self.engine
        account = account_sid or self.account_sid
        if engine.account(account) is None:
            raise ValueError(f"account_sid: no account {account!r} in this emulator")
        client_id = "OQ" + engine.rand_hex()
        client_secret = engine.rand_hex()
        engine.oauth.register(client_id, client_secret, account)
        return client_id, client_secret

    # -------------------------------------------------------------- clients

    def client(self, **kwargs: Any) -> Client:
        """A ``twilio_async.Client`` for the main account, over the loopback socket."""
        from .._client import Client

        kwargs.setdefault("environ", {})
        username = kwargs.pop("username", self.account_sid)
        password = kwargs.pop("password", self.auth_token)
        client = Client(username, password, base_url=self.base_url, **kwargs)
        self._clients.append(client)
        return client

    def asgi_client(self, **kwargs: Any) -> Client:
        """A ``twilio_async.Client`` that calls the app in-process (no sockets)."""
        from .._client import Client

        kwargs.setdefault("environ", {})
        username = kwargs.pop("username", self.account_sid)
        password = kwargs.pop("password", self.auth_token)
        client = Client(
            username,
            password,
            base_url=IN_PROCESS_BASE_URL,
            http_client=self.asgi_http_client(),
            **kwargs,
        )
        self._clients.append(client)
        return client

    def asgi_http_client(self) -> httpx.AsyncClient:
        """A plain ``httpx.AsyncClient`` bound to the app in-process (closed by ``stop()``)."""
        client = httpx.AsyncClient(
            transport=InProcessTransport(app=self.app), base_url=IN_PROCESS_BASE_URL
        )
        self._http_clients.append(client)
        return client

    # -------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Serve on ``host:port`` (port 0 picks a free one) until ``stop()``."""
        if self._server is not None:
            return
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            log_config=None,
            log_level=self._log_level,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        # Bound here, not by uvicorn, so "address in use" is an OSError for the caller
        # rather than uvicorn's sys.exit() inside a task.
        sock = listen_socket(self.host, self.port)
        server = _EmbeddedServer(config)
        task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                sock.close()
                task.result()
                raise RuntimeError("the emulator's server stopped during startup")
            await asyncio.sleep(0.005)
        self._server, self._task = server, task
        self.port = sock.getsockname()[1]

    async def stop(self) -> None:
        """Stop serving, close clients made by ``client()``, and stop the status clock."""
        for client in self._clients:
            await client.aclose()
        self._clients.clear()
        for http in self._http_clients:
            await http.aclose()
        self._http_clients.clear()
        await self.engine.aclose()
        server, task = self._server, self._task
        if server is not None and task is not None:
            server.should_exit = True
            await task
        self._server = self._task = None

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
