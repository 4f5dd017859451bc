"""When a failed request may be sent again, and how long to wait first.

The rule that matters: a request that may create something (POST) is repeated
only when Twilio provably did not process it. See the README's retry matrix.
"""

from __future__ import annotations

import random

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY

#: Statuses worth retrying for requests that are safe to repeat.
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})

#: Transport errors raised before any byte of the request left this process.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def is_idempotent(method: str) -> bool:
    """GET and DELETE can be repeated without changing the outcome; POST cannot."""
    return method in ("GET", "HEAD", "DELETE", "PUT")


def should_retry_status(method: str, status: int) -> bool:
    """Whether an HTTP answer permits another attempt.

    429 means Twilio refused before processing (too many requests), so even a
    create may be repeated. Other 5xx answers only for idempotent requests.
    """
    if status == 429:
        return True
    return is_idempotent(method) and status in RETRYABLE_STATUSES


def should_retry_error(method: str, error: Exception) -> bool:
    """Whether a transport error permits another attempt."""
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return is_idempotent(method) and isinstance(error, httpx.TransportError)


def may_have_been_processed(error: Exception) -> bool:
    """False only when the request provably never reached the server."""
    return not isinstance(error, NOT_SENT_ERRORS)


def backoff_delay(
    attempt: int, retry_after: float | None, *, rng: random.Random | None = None
) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based).

    Exponential with full jitter; a server's ``Retry-After`` is a floor. Both are
    capped at ``MAX_RETRY_DELAY``.
    """
    draw: float = (rng or random).random()
    # The exponent is bounded so that a huge max_retries cannot overflow the float.
    delay = draw * min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0 ** min(attempt - 1, 64))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return min(delay, MAX_RETRY_DELAY)
