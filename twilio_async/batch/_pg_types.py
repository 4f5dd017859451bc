"""The PostgreSQL journal's values (claims, rows, campaigns) and its input checks.

Every check raises ``ValueError`` or ``TypeError`` naming the parameter; none echoes a
value that could be a secret or a message body.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from ._pg_schema import STATE_NAMES

#: Longest campaign, owner, account and target names; longest item key.
MAX_CAMPAIGN = 200
MAX_KEY = 10_000
#: Error stored on an in-flight row whose lease expired.
LEASE_EXPIRED = {
    "reason": "lease expired",
    "message": "the worker's lease on this in-flight item expired: it may have been sent",
    "status": None,
    "code": None,
    "retryable": False,
}


@dataclass(frozen=True, slots=True)
class Claim:
    """A row claimed by a worker: what it needs to send the message."""

    key: str
    pos: int
    params: dict[str, Any]
    attempts: int
    refusals: int
    fingerprint: str | None
    first_attempt: float | None


@dataclass(frozen=True, slots=True)
class ItemRow:
    """Everything the journal holds about one item (``unresolved`` yields these)."""

    key: str
    pos: int
    params: dict[str, Any]
    digest: str | None
    state: int
    sid: str | None
    error: dict[str, Any] | None
    retryable: bool
    attempts: int
    refusals: int
    fingerprint: str | None
    first_attempt: float | None
    last_attempt: float | None
    owner: str | None

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(self.state, str(self.state))


@dataclass(frozen=True, slots=True)
class Campaign:
    """A campaign: its name, the account and resource it sends on, when it was created."""

    name: str
    account: str
    target: str
    created: datetime


class Swept(NamedTuple):
    """What ``sweep()`` did: expired claims made pending, expired in-flight rows made uncertain."""

    claims: int
    in_flight: int


def params_digest(params: Mapping[str, Any]) -> tuple[str, str]:
    """``(canonical JSON, digest)`` of an item's create() parameters."""
    text = json.dumps(params, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text, hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def check_text(name: str, value: object, limit: int = MAX_CAMPAIGN) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"{name} must be a non-empty string of at most {limit} characters")
    return value


def check_seconds(name: str, value: object, *, positive: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (positive and seconds == 0):
        bound = "> 0" if positive else ">= 0"
        raise ValueError(f"{name} must be a finite number of seconds {bound}, not {value!r}")
    return seconds


def error_json(error: Mapping[str, Any]) -> str:
    if not isinstance(error, Mapping):
        raise TypeError(
            f"error must be a mapping (ItemError.to_json()), not {type(error).__name__}"
        )
    try:
        return json.dumps(dict(error), allow_nan=False, default=str)
    except (TypeError, ValueError) as err:
        raise ValueError(f"error cannot be stored as JSON: {err}") from None


def encode_row(row: object) -> tuple[str, int, str, str]:
    """A ``(key, pos, params)`` input row as COPY wants it: ``(key, pos, JSON, digest)``."""
    if not isinstance(row, tuple) or len(row) != 3:
        raise TypeError("rows must be (key, pos, params) tuples")
    key, pos, params = row
    check_text("key", key, MAX_KEY)
    if isinstance(pos, bool) or not isinstance(pos, int) or pos < 0:
        raise ValueError(f"pos must be an int >= 0 (key {key[:60]!r})")
    if not isinstance(params, Mapping):
        raise TypeError(f"params must be a mapping (key {key[:60]!r})")
    try:
        text, digest = params_digest(params)
    except (TypeError, ValueError) as err:
        raise ValueError(f"params of key {key[:60]!r} are not JSON: {err}") from None
    return key, pos, text, digest


def check_count(name: str, value: object) -> int:
    """``value`` if it is an int >= 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an int >= 1, not {value!r}")
    return value
