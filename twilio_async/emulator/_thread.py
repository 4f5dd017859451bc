"""``ThreadedEmulator``: the emulator on its own thread and event loop.

An ``Emulator`` serves from the event loop it was started on, so a caller that blocks
that loop (a sync Starlette/FastAPI ``TestClient``, plain sync code) would wait on a
server that cannot answer. This one runs the server on a daemon thread with its own
loop: sync code, other threads and other event loops (pytest-asyncio tests) all reach
it over loopback. Anything that touches the emulator's state goes through ``call()``,
which runs on the emulator's loop.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

from .._constants import ENV_ACCOUNT_SID, ENV_AUTH_TOKEN, ENV_BASE_URL
from ._faults import Faults
from ._server import Emulator

if TYPE_CHECKING:
    from .._client import Client

T = TypeVar("T")

#: Seconds ``start()`` waits for the server to come up before giving up.
START_TIMEOUT = 60.0


class ThreadedEmulator:
    """An ``Emulator`` served from a background thread: ``with ThreadedEmulator() as emu:``.

    Keyword arguments are ``Emulator``'s (fault modes included). ``base_url``,
    ``account_sid`` and ``auth_token`` say where and how to reach it; ``client()`` makes
    a ``twilio_async.Client`` for it (usable from any event loop); ``environ()`` gives
    the environment variables that point a plain ``Client()`` at it. ``call(fn)`` runs
    ``fn(emulator)`` on the emulator's loop and returns its result (awaited if it is a
    coroutine): ``emu.call(lambda e: e.store.count("accounts.messages"))``.
    """

    def __init__(self, **emulator_options: Any):
        self._options = emulator_options
        self._emulator: Emulator | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopped: asyncio.Event | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._emulator is not None else "not serving"
        return f"<ThreadedEmulator {where}>"

    # -------------------------------------------------------------- lifecycle

    def start(self) -> ThreadedEmulator:
        """Start the thread and wait until the server accepts connections."""
        if self._thread is not None:
            return self
        ready: Future[None] = Future()
        thread = threading.Thread(
            target=self._serve, args=(ready,), name="twilio-async-emulator", daemon=True
        )
        thread.start()
        try:
            ready.result(timeout=START_TIMEOUT)
        except BaseException:
            thread.join(timeout=START_TIMEOUT)
            raise
        self._thread = thread
        return self

    def _serve(self, ready: Future[None]) -> None:
        asyncio.run(self._main(ready))

    async def _main(self, ready: Future[None]) -> None:
        try:
            emulator = Emulator(**self._options)
            await emulator.start()
        except BaseException as error:  # reported to start(), in the caller's thread
            ready.set_exception(error)
            return
        self._emulator = emulator
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        ready.set_result(None)
        try:
            await self._stopped.wait()
        finally:
            await emulator.stop()

    def stop(self) -> None:
        """Stop serving and join the thread."""
        thread, loop, stopped = self._thread, self._loop, self._stopped
        if thread is None or loop is None or stopped is None:
            return
        loop.call_soon_threadsafe(stopped.set)
        thread.join()
        self._thread = None
        self._loop = None
        self._emulator = None

    def __enter__(self) -> ThreadedEmulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -------------------------------------------------------------- access

    @property
    def emulator(self) -> Emulator:
        """The ``Emulator`` itself; touch its state only through ``call()``."""
        if self._emulator is None:
            raise RuntimeError("the emulator is not running: use `with ThreadedEmulator() as emu`")
        return self._emulator

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return self.emulator.base_url

    @property
    def account_sid(self) -> str:
        return self.emulator.account_sid

    @property
    def auth_token(self) -> str:
        return self.emulator.auth_token

    @overload
    def call(self, fn: Callable[[Emulator], Coroutine[Any, Any, T]]) -> T: ...

    @overload
    def call(self, fn: Callable[[Emulator], T]) -> T: ...

    def call(self, fn: Callable[[Emulator], Any]) -> Any:
        """``fn(emulator)`` run on the emulator's loop (awaited if a coroutine); its result."""
        emulator, loop = self.emulator, self._loop
        if loop is None:
            raise RuntimeError("the emulator is not running")

        async def run() -> Any:
            result = fn(emulator)
            if inspect.isawaitable(result):
                return await result
            return result

        return asyncio.run_coroutine_threadsafe(run(), loop).result()

    def set_faults(self, **changes: Any) -> None:
        """Change fault modes while serving (``Faults`` field names); checked first.

        A bad name or value raises ``ValueError`` and leaves the faults as they were.
        """
        unknown = sorted(set(changes) - set(Faults.__dataclass_fields__))
        if unknown:
            raise ValueError(
                f"unknown fault mode(s) {unknown}; expected some of "
                f"{sorted(Faults.__dataclass_fields__)}"
            )

        def apply(emulator: Emulator) -> None:
            faults = emulator.faults
            before = {name: getattr(faults, name) for name in changes}
            for name, value in changes.items():
                setattr(faults, name, dict(value) if name == "error_rate" else value)
            try:
                faults.validate()
            except ValueError:
                for name, value in before.items():
                    setattr(faults, name, value)
                raise

        self.call(apply)

    def settle(self) -> None:
        """Wait until every message reached its final status and its callbacks went out."""
        self.call(lambda emulator: emulator.settle())

    def count(self, resource: str, **where: Any) -> int:
        """How many instances the store holds (``"accounts.messages"``, ``status="sent"``)."""
        return self.call(lambda emulator: emulator.store.count(resource, **where))

    def records(self, resource: str, **where: Any) -> list[dict[str, Any]]:
        """The stored instances of ``resource`` (copies), filtered by field values."""
        return self.call(lambda emulator: emulator.store.records(resource, **where))

    def verify_code(self, service_sid: str, to: str) -> str:
        """The pending Verify code for ``to`` in ``service_sid`` (see ``Emulator.verify_code``)."""
        return self.call(lambda emulator: emulator.verify_code(service_sid, to))

    def oauth_app(self, account_sid: str | None = None) -> tuple[str, str]:
        """Register an OAuth app: ``(client_id, client_secret)`` (see ``Emulator.oauth_app``)."""
        return self.call(lambda emulator: emulator.oauth_app(account_sid))

    def environ(self) -> dict[str, str]:
        """Environment variables that point a plain ``Client()`` at this emulator."""
        return {
            ENV_ACCOUNT_SID: self.account_sid,
            ENV_AUTH_TOKEN: self.auth_token,
            ENV_BASE_URL: self.base_url,
        }

    def client(self, **kwargs: Any) -> Client:
        """A ``twilio_async.Client`` for the main account; use it on any event loop.

        Close it yourself (``async with``): its connections belong to the loop using it.
        """
        from .._client import Client

        kwargs.setdefault("environ", {})
        username = kwargs.pop("username", self.account_sid)
        password = kwargs.pop("password", self.auth_token)
        return Client(username, password, base_url=self.base_url, **kwargs)
