"""The ``[emulator]`` extra: what the emulator needs beyond the SDK, and the hint if missing."""

from __future__ import annotations

HINT = "pip install 'twilio-async[emulator]'"
#: Imported by the emulator's server side; the SDK itself never needs them.
MODULES = ("starlette", "uvicorn")


def missing() -> list[str]:
    """The extra's modules that cannot be imported here."""
    out = []
    for name in MODULES:
        try:
            __import__(name)
        except ImportError:
            out.append(name)
    return out


def message(names: list[str]) -> str:
    """What to tell someone whose install lacks ``names``."""
    return f"the Twilio emulator needs {' and '.join(names)}, which are not installed: {HINT}"


def require() -> None:
    """Raise ``ImportError`` with the pip hint when the extra is not installed."""
    names = missing()
    if names:
        raise ImportError(message(names), name=names[0])
