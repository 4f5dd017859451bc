"""Per-call options (``RequestOptions``) and the checks every option goes through.

A bad option is a caller's mistake: it fails here, when it is given, with an error
naming it and what is expected, never later as a raw ``TypeError`` from deep in a
backend, and never after a request went out. ``Transport`` runs the same checks on
the client-wide options.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from ._errors import TwilioConfigError, TwilioError, TwilioValidationError

if TYPE_CHECKING:
    import httpx

    from ._types import Timeouts

#: An HTTP field name: an RFC 9110 token.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: An HTTP field value the SDK sends: printable ASCII and tab (no CR, LF, NUL or other controls).
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
#: Headers that frame the request or pick its destination: the transport sets them.
_RESERVED_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection"})
_PHASES = ("connect", "read", "write", "pool")


class RequestOptionsError(TwilioValidationError, TwilioConfigError):
    """A ``RequestOptions`` field is invalid (raised when the options are built).

    A ``TwilioValidationError`` (a per-call mistake, refused before any traffic) and,
    as before, a ``TwilioConfigError``.
    """


def check_timeout(
    value: object, name: str, error: type[TwilioError] = TwilioConfigError
) -> Timeouts:
    """Per-phase timeouts from seconds (every phase) or an ``httpx.Timeout``.

    Seconds must be a finite number above zero (not a bool); an ``httpx.Timeout`` may
    leave a phase unlimited (``None``), but every limit it sets follows the same rule.
    """
    as_dict = getattr(value, "as_dict", None)
    if callable(as_dict):  # an httpx.Timeout, checked without importing httpx
        phases = as_dict()
        if not isinstance(phases, Mapping) or set(phases) != set(_PHASES):
            raise error(f"{name} must be seconds or an httpx.Timeout, got {type(value).__name__}")
        for phase in _PHASES:
            seconds = phases[phase]
            if seconds is not None and not _positive_seconds(seconds):
                raise error(
                    f"{name}: the {phase} timeout must be a finite number of seconds above "
                    f"zero or None (no limit), got {seconds!r}"
                )
        return cast("Timeouts", {phase: _as_float(phases[phase]) for phase in _PHASES})
    if not _positive_seconds(value):
        raise error(
            f"{name} must be a finite number of seconds above zero (or an httpx.Timeout), "
            f"got {_shown(value)}"
        )
    seconds = float(cast(float, value))
    return {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}


def _positive_seconds(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        seconds = float(value)
    except OverflowError:  # an int too large for a float
        return False
    return math.isfinite(seconds) and seconds > 0


def check_deadline(value: object, name: str, error: type[TwilioError] = TwilioConfigError) -> float:
    """A deadline for a whole call: a finite number of seconds above zero (not a bool)."""
    if not _positive_seconds(value):
        raise error(
            f"{name} must be a positive, finite number of seconds (or None), got {_shown(value)}"
        )
    return float(cast(float, value))


def _as_float(value: object) -> float | None:
    return None if value is None else float(cast(float, value))


def check_max_retries(
    value: object, name: str, error: type[TwilioError] = TwilioConfigError
) -> int:
    """A retry budget: a non-negative int (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise error(f"{name} must be a non-negative int, got {_shown(value)}")
    return value


def check_headers(
    value: object, name: str, error: type[TwilioError] = TwilioValidationError
) -> dict[str, str]:
    """A copy of extra request headers: str names (RFC 9110 tokens) to printable-ASCII values.

    A value is never echoed (headers carry tokens); the header's name is, when it is valid.
    """
    if not isinstance(value, Mapping):
        raise error(f"{name} must be a mapping of header names to str values")
    headers: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not _HEADER_NAME.fullmatch(key):
            raise error(
                f"{name}: a header name must be a str of letters, digits and "
                f"!#$%&'*+-.^_`|~ (an HTTP token), got {_shown(key)}"
            )
        if key.lower() in _RESERVED_HEADERS:
            raise error(f"{name}: {key!r} is set by the transport and cannot be overridden")
        if not isinstance(item, str) or not _HEADER_VALUE.fullmatch(item):
            raise error(
                f"{name}: the value of {key!r} must be a str of printable ASCII "
                "(no CR, LF, NUL, other control or non-ASCII characters)"
            )
        headers[key] = item
    return headers


def _shown(value: object) -> str:
    """A short, escaped rendering of a rejected value (``repr`` escapes control characters)."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return type(value).__name__ if not isinstance(value, bool) else repr(value)


@dataclass(frozen=True)
class RequestOptions:
    """Per-call options accepted by every generated method as ``options=``.

    ``timeout`` overrides the client's timeout (seconds or an ``httpx.Timeout``),
    ``max_retries`` the client's retry budget, and ``extra_headers`` are added last.
    ``deadline`` overrides the client's deadline: seconds for the whole call, retries
    and backoff included (``timeout`` bounds each phase of each attempt).
    Each is checked here: a bad value raises ``RequestOptionsError`` (a
    ``TwilioValidationError``) naming the field, before any request is sent.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.deadline is not None:
            check_deadline(self.deadline, "RequestOptions.deadline", RequestOptionsError)
        if self.timeout is not None:
            check_timeout(self.timeout, "RequestOptions.timeout", RequestOptionsError)
        if self.max_retries is not None:
            check_max_retries(self.max_retries, "RequestOptions.max_retries", RequestOptionsError)
        # A copy: a caller's dict changed later does not change these options.
        headers = check_headers(
            self.extra_headers, "RequestOptions.extra_headers", RequestOptionsError
        )
        object.__setattr__(self, "extra_headers", headers)

    def __repr__(self) -> str:
        # Header values can be tokens: show the names only.
        return (
            f"RequestOptions(timeout={self.timeout!r}, max_retries={self.max_retries!r}, "
            f"extra_headers={sorted(self.extra_headers)!r}, deadline={self.deadline!r})"
        )
