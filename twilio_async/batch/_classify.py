"""What a failed create means for its item: ``classify(exception) -> Outcome``.

Pure: no I/O, no clock, no randomness; the sender acts on the answer. The rule
is the one in ``twilio_async._retry``: an item is sent again only when Twilio
provably did not process it (a 429, a 503 with ``Retry-After``, a connection
that never carried the request); anything that may have been processed is
``uncertain`` and goes to reconciliation, never straight back out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from .._errors import (
    RateLimitError,
    TwilioClientClosedError,
    TwilioConnectionError,
    TwilioResponseError,
    TwilioRestError,
    TwilioValidationError,
)
from .._retry import answered_before_processing
from ._types import ItemError

#: - ``rate_limited``: a 429; send again after ``retry_after`` (or a backoff), within
#:   ``max_rate_limit_retries``.
#: - ``retry_unsent``: provably not processed (the connection never carried the
#:   request, or a 503 with ``Retry-After``); send again within ``max_unsent_retries``.
#: - ``uncertain``: may have been processed; reconcile, never resend blindly.
#: - ``failed``: refused, or refused locally before any request; final.
#: - ``stop``: nothing more can be sent (client closed, cancelled); re-raise it.
Kind = Literal["rate_limited", "retry_unsent", "uncertain", "failed", "stop"]

#: What the concurrency budget is told about the round trip.
Release = Literal["ok", "rate_limited", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The meaning of one failed attempt."""

    kind: Kind
    #: What the item's result (and journal row) says if this outcome is its last.
    error: ItemError | None = None
    #: The server's ``Retry-After`` in seconds, when it gave one.
    retry_after: float | None = None
    #: Twilio answered (a 4xx other than 429): the round trip counts as a success for
    #: the concurrency limit. A 429 counts as a refusal, anything else as neither.
    answered: bool = False

    @property
    def release(self) -> Release:
        """How to release the budget slot the attempt held."""
        if self.kind == "rate_limited":
            return "rate_limited"
        return "ok" if self.answered else "failed"


_STOP = Outcome("stop")


def rest_error(err: TwilioRestError, *, retryable: bool = False) -> ItemError:
    """The ``ItemError`` of an HTTP error answer (``reason``: ``"HTTP 400 code 21211"``)."""
    reason = f"HTTP {err.status}" + (f" code {err.code}" if err.code is not None else "")
    return ItemError(
        reason=reason,
        message=err.message or str(err),
        status=err.status,
        code=err.code,
        retryable=retryable,
        exception=err,
    )


def _connection_error(err: TwilioConnectionError, *, retryable: bool) -> ItemError:
    reason = "timeout" if "Timeout" in type(err).__name__ else "connection error"
    return ItemError(reason, str(err), retryable=retryable, exception=err)


def classify(exc: BaseException) -> Outcome:
    """The outcome of a create that raised ``exc`` (order matters: subclasses first)."""
    if isinstance(exc, RateLimitError):
        error = replace(rest_error(exc, retryable=True), reason="rate limited")
        return Outcome("rate_limited", error, exc.retry_after)
    if isinstance(exc, TwilioConnectionError):
        if exc.may_have_been_processed:
            return Outcome("uncertain", _connection_error(exc, retryable=False))
        return Outcome("retry_unsent", _connection_error(exc, retryable=True))
    if isinstance(exc, TwilioRestError):
        answered = exc.status < 500
        if answered_before_processing(exc.status, exc.retry_after):
            # A 503 with Retry-After: refused before processing, so sending again is safe.
            # (Past the retry budget the item fails, as before: not marked retryable.)
            return Outcome("retry_unsent", rest_error(exc), exc.retry_after, answered)
        kind: Kind = "uncertain" if exc.may_have_been_processed else "failed"
        return Outcome(kind, rest_error(exc), None, answered)
    if isinstance(exc, TwilioResponseError):
        error = ItemError(
            f"unreadable HTTP {exc.status} answer", str(exc), status=exc.status, exception=exc
        )
        # a 2xx we could not read (it was processed), or a 5xx (it may have been)
        return Outcome("uncertain" if exc.may_have_been_processed else "failed", error)
    if isinstance(exc, TwilioClientClosedError):
        return _STOP
    if isinstance(exc, (TwilioValidationError, TypeError)):  # refused before any request
        return Outcome("failed", ItemError("invalid parameters", str(exc), exception=exc))
    if isinstance(exc, Exception):  # a bug or a surprise: nothing proves it was not sent
        name = type(exc).__name__
        return Outcome("uncertain", ItemError(name, str(exc) or name, exception=exc))
    return _STOP  # cancelled (or KeyboardInterrupt): the row stays in flight for the next run
