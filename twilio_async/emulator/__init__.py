"""A local Twilio emulator, driven by the same specs as the SDK.

``pip install "twilio-async[emulator]"``, then:

    from twilio_async.emulator import Emulator

    async with Emulator() as emu:
        async with emu.client() as client:
            await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")

or from a shell: ``python -m twilio_async.emulator --port 8787``.

The names below are imported on first use, so a missing extra (Starlette,
uvicorn) is an ``ImportError`` that says what to install rather than a bare
``ModuleNotFoundError``, and the command line can say so without a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _extra

if TYPE_CHECKING:
    from ._callbacks import CallbackAttempt, twilio_signature
    from ._engine import Engine
    from ._faults import Faults
    from ._server import Emulator
    from ._store import Stats, Store
    from ._thread import ThreadedEmulator

__all__ = [
    "CallbackAttempt",
    "Emulator",
    "Engine",
    "Faults",
    "Stats",
    "Store",
    "ThreadedEmulator",
    "twilio_signature",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _extra.require()
    from ._callbacks import CallbackAttempt, twilio_signature
    from ._engine import Engine
    from ._faults import Faults
    from ._server import Emulator
    from ._store import Stats, Store
    from ._thread import ThreadedEmulator

    found = {
        "CallbackAttempt": CallbackAttempt,
        "Emulator": Emulator,
        "Engine": Engine,
        "Faults": Faults,
        "Stats": Stats,
        "Store": Store,
        "ThreadedEmulator": ThreadedEmulator,
        "twilio_signature": twilio_signature,
    }
    globals().update(found)
    return found[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
