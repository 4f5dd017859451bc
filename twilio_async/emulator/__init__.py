"""A local Twilio emulator, driven by the same specs as the SDK.

``pip install "twilio-async[emulator]"``, then:

    from twilio_async.emulator import Emulator

    async with Emulator() as emu:
        async with emu.client() as client:
            await client.messages.create(to="+15558675310", from_="+15017122661", body="Hi")

or from a shell: ``python -m twilio_async.emulator --port 8787``.
"""

from __future__ import annotations

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
