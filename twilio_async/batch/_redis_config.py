"""``RedisBudget``'s settings, checked up front, and its URL shown without a password."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from .._errors import TwilioConfigError, TwilioValidationError
from .._redact import plain

#: Default read timeout of a Twilio request (``_constants.DEFAULT_TIMEOUTS["read"]``).
DEFAULT_REQUEST_TIMEOUT = 30.0
#: Added to twice the request timeout to make the default lease TTL.
TTL_MARGIN = 10.0
#: Where ``concurrency="auto"`` starts, its bounds, its cut and how often it may cut.
DEFAULT_INITIAL = 8
DEFAULT_MINIMUM = 1
DEFAULT_MAXIMUM = 1000
DEFAULT_BETA = 0.9
DEFAULT_COOLDOWN = 0.25
#: How long acquire keeps retrying an unreachable Redis before it raises.
DEFAULT_UNAVAILABLE_TIMEOUT = 60.0
#: Polling for a slot another process frees: jittered backoff between these (seconds).
DEFAULT_POLL_MIN = 0.002
DEFAULT_POLL_MAX = 0.05
#: Longest sender key accepted (phone numbers, short codes, Messaging Service SIDs).
MAX_SENDER_CHARS = 256

_ACCOUNT = re.compile(r"AC[0-9a-fA-F]{32}")
_SCHEMES = ("redis", "rediss", "unix")


def _bad(name: str, value: object, want: str) -> TwilioConfigError:
    return TwilioConfigError(f"{name} must be {want}, got {plain(repr(value), 60)}")


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(name, value, "a number")
    number = float(value)
    if not math.isfinite(number):
        raise _bad(name, value, "a finite number")
    return number


def _positive(name: str, value: object) -> float:
    number = _number(name, value)
    if number <= 0:
        raise _bad(name, value, "a positive number")
    return number


def _count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _bad(name, value, "an integer >= 1")
    return value


@dataclass(frozen=True, slots=True)
class BudgetConfig:
    """Every setting of a ``RedisBudget``, validated (see ``RedisBudget`` for their meaning)."""

    account: str
    fixed: bool
    initial: int
    minimum: int
    maximum: int
    beta: float
    cooldown: float
    rate: float | None
    burst: float
    ttl: float
    request_timeout: float
    unavailable_timeout: float
    poll_min: float
    poll_max: float

    @property
    def waiting_window(self) -> float:
        """How long a refused owner counts as waiting (it polls well within it)."""
        return max(0.25, 5 * self.poll_max)


def budget_config(
    *,
    account: object,
    concurrency: object,
    rate: object,
    burst: object,
    ttl: object,
    request_timeout: object,
    initial: object,
    min_concurrency: object,
    max_concurrency: object,
    beta: object,
    cooldown: object,
    unavailable_timeout: object,
    poll_min: object,
    poll_max: object,
) -> BudgetConfig:
    """Check every setting; a bad one raises ``TwilioConfigError`` naming it."""
    if not isinstance(account, str) or not _ACCOUNT.fullmatch(account):
        raise _bad("account", account, "an Account SID (AC followed by 32 hex digits)")
    fixed: bool
    if concurrency == "auto" and isinstance(concurrency, str):
        fixed = False
        minimum = _count("min_concurrency", min_concurrency)
        maximum = _count("max_concurrency", max_concurrency)
        if maximum < minimum:
            raise TwilioConfigError(
                f"max_concurrency ({maximum}) must be >= min_concurrency ({minimum})"
            )
        start = _count("initial", initial)
        start = min(max(start, minimum), maximum)
    else:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise _bad("concurrency", concurrency, '"auto" or an integer >= 1')
        fixed = True
        start = minimum = maximum = concurrency
    beta_ = _number("beta", beta)
    if not 0 < beta_ < 1:
        raise _bad("beta", beta, "between 0 and 1 (exclusive)")
    cooldown_ = _number("cooldown", cooldown)
    if cooldown_ < 0:
        raise _bad("cooldown", cooldown, "a number of seconds >= 0")
    rate_: float | None = None if rate is None else _positive("rate", rate)
    if burst is not None and rate_ is None:
        raise TwilioConfigError("burst needs rate (a per-sender rate cap)")
    burst_ = max(1.0, (rate_ or 0) / 10) if burst is None else _number("burst", burst)
    if burst_ < 1:
        raise _bad("burst", burst, "a number >= 1")
    timeout = _positive("request_timeout", request_timeout)
    ttl_ = 2 * timeout + TTL_MARGIN if ttl is None else _positive("ttl", ttl)
    if ttl_ <= timeout:
        raise TwilioConfigError(
            f"ttl ({ttl_:g} s) must be longer than request_timeout ({timeout:g} s): "
            "a lease that ran out mid-request would let another request start"
        )
    unavailable = _positive("unavailable_timeout", unavailable_timeout)
    low = _positive("poll_min", poll_min)
    high = _positive("poll_max", poll_max)
    if high < low:
        raise TwilioConfigError(f"poll_max ({high:g}) must be >= poll_min ({low:g})")
    return BudgetConfig(
        account=account,
        fixed=fixed,
        initial=start,
        minimum=minimum,
        maximum=maximum,
        beta=beta_,
        cooldown=cooldown_,
        rate=rate_,
        burst=burst_,
        ttl=ttl_,
        request_timeout=timeout,
        unavailable_timeout=unavailable,
        poll_min=low,
        poll_max=high,
    )


def check_sender(sender: object) -> str | None:
    """``sender`` as a key part: ``None`` or a printable string (``TwilioValidationError``)."""
    if sender is None:
        return None
    if not isinstance(sender, str) or not sender or len(sender) > MAX_SENDER_CHARS:
        raise TwilioValidationError(
            f"sender must be a From number or Messaging Service SID (a non-empty string of at "
            f"most {MAX_SENDER_CHARS} characters), got {plain(repr(sender), 60)}"
        )
    if not sender.isprintable():
        raise TwilioValidationError(
            f"sender must be printable, got {plain(repr(sender), 60)}",
        )
    return sender


def check_outcome(outcome: object) -> Literal["ok", "rate_limited", "failed"]:
    """``outcome`` of a release, or ``TwilioValidationError`` naming it."""
    if outcome == "ok" or outcome == "rate_limited" or outcome == "failed":
        return outcome
    raise TwilioValidationError(
        f'outcome must be "ok", "rate_limited" or "failed", got {plain(repr(outcome), 60)}'
    )


def display_url(url: str) -> str:
    """``url`` safe to show: no password, no query string (it may carry one), no fragment."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
        user = parts.username
    except ValueError:
        return "<unparseable Redis URL>"
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{user}@" if user else "") + host + (f":{port}" if port is not None else "")
    shown = f"{parts.scheme}://{netloc}{parts.path}"
    return plain(shown, 200)


def check_url(url: object) -> str:
    """``url`` if it is a ``redis://``, ``rediss://`` (TLS) or ``unix://`` URL."""
    if not isinstance(url, str):
        raise TwilioConfigError(f"url must be a str, got {type(url).__name__}")
    scheme = url.partition(":")[0].lower()
    if scheme not in _SCHEMES or "://" not in url:
        raise TwilioConfigError(
            f"url must start with redis://, rediss:// (TLS) or unix://, got {display_url(url)!r}"
        )
    return url
