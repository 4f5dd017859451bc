"""pytest fixtures for apps that use twilio_async: a local Twilio emulator and a client for it.

Installed with the package (a ``pytest11`` entry point) and harmless when unused: the
emulator (and starlette, uvicorn) load only when a test asks for a fixture below, which
needs ``pip install "twilio-async[emulator]"``.

- ``twilio_emulator``: a ``ThreadedEmulator`` (its own thread and event loop, so sync
  code such as a FastAPI ``TestClient`` app can call it), started for the test and
  stopped after it. For the test's duration ``TWILIO_ACCOUNT_SID``, ``TWILIO_AUTH_TOKEN``
  and ``TWILIO_ASYNC_BASE_URL`` point a plain ``Client()`` at it.
- ``twilio_client``: a ``twilio_async.Client`` bound to that emulator (no retries unless
  the marker says ``client_options={"max_retries": 2}``).

Per-test options, fault modes included, go on the marker:

    @pytest.mark.twilio_emulator(concurrency_limit=1, error_rate={503: 1.0})
    def test_something(twilio_emulator): ...

or are changed while the test runs: ``twilio_emulator.set_faults(drop_rate=0.5)``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from twilio_async import Client
    from twilio_async.emulator import ThreadedEmulator

MARKER = "twilio_emulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): options of the twilio_emulator fixture: Emulator keyword "
        "arguments (fault modes such as concurrency_limit=, error_rate=, latency=, seed=) "
        "and client_options={...} for twilio_client",
    )


def _marker_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return {}
    if marker.args:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER} takes keyword arguments only (Emulator options), "
            f"got positional {marker.args!r}"
        )
    return dict(marker.kwargs)


@pytest.fixture
def twilio_emulator(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ThreadedEmulator]:
    """A local Twilio on its own thread, with the environment pointing ``Client()`` at it."""
    try:
        from twilio_async.emulator import ThreadedEmulator
    except ImportError as error:  # the [emulator] extra is missing
        raise pytest.UsageError(
            f'the twilio_emulator fixture needs the emulator: pip install "twilio-async[emulator]"'
            f" ({error})"
        ) from None
    options = _marker_options(request)
    options.pop("client_options", None)
    try:
        emulator = ThreadedEmulator(**options).start()
    except (TypeError, ValueError) as error:
        raise pytest.UsageError(f"@pytest.mark.{MARKER}: {error}") from None
    try:
        for name, value in emulator.environ().items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("TWILIO_API_KEY", raising=False)
        monkeypatch.delenv("TWILIO_API_SECRET", raising=False)
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture
def twilio_client(
    request: pytest.FixtureRequest, twilio_emulator: ThreadedEmulator
) -> Iterator[Client]:
    """A ``twilio_async.Client`` for the ``twilio_emulator`` (usable in sync and async tests)."""
    client_options: dict[str, Any] = {"max_retries": 0}
    client_options.update(_marker_options(request).get("client_options") or {})
    client = twilio_emulator.client(**client_options)
    try:
        yield client
    finally:
        # Outside any event loop: connections opened on the test's (ended) loop are dropped.
        asyncio.run(client.aclose())
