"""When a failed request may be sent again, and how long to wait first.

The rule that matters: a request that may create something (POST) is repeated
only when Twilio provably did not process it. See the README's retry matrix.

"Provably not processed" means one of:

- the request never left this process (connection refused, connect or pool timeout);
- Twilio refused it before acting: 429 (code 20429, too many concurrent requests);
- the server said it is unavailable *and* when to come back: 503 with a usable
  ``Retry-After``. A server that did the work does not ask to be asked again later
  (RFC 9110 §15.6.4); a bare 503, or any 500/502/504, may come from a proxy or
  a backend that failed after acting, so it proves nothing.

Everything else (a read timeout, a connection dropped after the request was
written, a 5xx without that promise) may have taken effect: a POST is not
repeated and the error says ``may_have_been_processed=True``.
"""

from __future__ import annotations

import random
from functools import lru_cache

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY

#: Statuses worth retrying for requests that are safe to repeat.
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


@lru_cache(maxsize=1)
def not_sent_errors() -> tuple[type[Exception], ...]:
    """Transport errors raised before any byte of the request left this process.

    A function, not a constant, so that importing this module does not import httpx.
    """
    import httpx

    return (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header in seconds; ``None`` when absent, negative or not a number.

    (The HTTP-date form is not used by Twilio and reads as absent.)
    """
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


#: Methods that only read: "processed" has no effect to worry about.
READ_METHODS = frozenset({"GET", "HEAD"})


def is_idempotent(method: str) -> bool:
    """GET, HEAD, PUT and DELETE can be repeated without changing the outcome; POST cannot.

    Twilio's updates are POSTs to an instance. Most set fields to values, but some
    act again when repeated (a Call update with ``twiml`` or ``url`` re-executes),
    so every POST is treated as not idempotent.
    """
    return method in ("GET", "HEAD", "DELETE", "PUT")


def answered_before_processing(status: int, retry_after: float | None = None) -> bool:
    """Whether an error answer proves the request was not acted on: 429, or 503 + Retry-After."""
    return status == 429 or (status == 503 and retry_after is not None)


def should_retry_status(method: str, status: int, retry_after: float | None = None) -> bool:
    """Whether an HTTP answer permits another attempt.

    An answer given before processing (429; 503 with ``Retry-After``) permits it for
    any request, a create included. Other 5xx answers only for idempotent requests.
    ``retry_after`` is the parsed ``Retry-After`` header (``None`` if absent or unusable).
    """
    if answered_before_processing(status, retry_after):
        return True
    return is_idempotent(method) and status in RETRYABLE_STATUSES


def status_may_have_been_processed(
    method: str, status: int, retry_after: float | None = None
) -> bool:
    """For an error answer: could the request have taken effect anyway?

    4xx answers come before Twilio acts. A 5xx may come after, unless it was
    answered before processing (see ``answered_before_processing``). Reads change
    nothing, so they are never reported as processed.
    """
    if method in READ_METHODS or status < 500:
        return False
    return not answered_before_processing(status, retry_after)


def should_retry_error(method: str, error: Exception) -> bool:
    """Whether a transport error permits another attempt."""
    if isinstance(error, not_sent_errors()):
        return True
    import httpx

    return is_idempotent(method) and isinstance(error, httpx.TransportError)


def may_have_been_processed(error: Exception) -> bool:
    """False only when the request provably never reached the server."""
    return not isinstance(error, not_sent_errors())


def full_jitter(
    attempt: int, *, base: float, cap: float, rng: random.Random | None = None
) -> float:
    """Exponential backoff with full jitter: uniform in ``[0, min(cap, base * 2**(attempt-1))]``.

    ``attempt`` is 1-based. Spreading retries over the whole window keeps clients
    that failed together from coming back together.
    """
    draw: float = (rng or random).random()
    # The exponent is bounded so that a huge attempt number cannot overflow the float.
    return draw * min(cap, base * 2.0 ** min(attempt - 1, 64))


def backoff_delay(
    attempt: int, retry_after: float | None, *, rng: random.Random | None = None
) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based).

    Exponential with full jitter; a server's ``Retry-After`` is a floor. Both are
    capped at ``MAX_RETRY_DELAY``.
    """
    delay = full_jitter(attempt, base=INITIAL_RETRY_DELAY, cap=MAX_RETRY_DELAY, rng=rng)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return min(delay, MAX_RETRY_DELAY)
