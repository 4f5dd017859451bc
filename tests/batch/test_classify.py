"""``classify``: what a failed create means for its item, from a table of exceptions."""

from __future__ import annotations

import asyncio
from dataclasses import FrozenInstanceError
from typing import Any

import pytest

from twilio_async import (
    BadRequestError,
    RateLimitError,
    ServerError,
    TwilioClientClosedError,
    TwilioConnectionError,
    TwilioResponseError,
    TwilioTimeoutError,
    TwilioValidationError,
)
from twilio_async.batch._classify import Outcome, classify

URL = "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json"


def _conn(kind: type[TwilioConnectionError], *, processed: bool) -> TwilioConnectionError:
    return kind("no answer", method="POST", url=URL, may_have_been_processed=processed)


def _rest(kind: Any, status: int, **kw: Any) -> Any:
    return kind(status=status, method="POST", url=URL, **kw)


def _unreadable(status: int) -> TwilioResponseError:
    return TwilioResponseError("not JSON", status=status, method="POST", url=URL, body=b"<html>")


# exception, kind, release, retry_after, error reason, retryable
TABLE: list[tuple[str, BaseException, str, str, float | None, str | None, bool]] = [
    (
        "429 with Retry-After",
        _rest(RateLimitError, 429, code=20429, message="too many", retry_after=1.5),
        "rate_limited",
        "rate_limited",
        1.5,
        "rate limited",
        True,
    ),
    (
        "429 without Retry-After",
        _rest(RateLimitError, 429, code=20429),
        "rate_limited",
        "rate_limited",
        None,
        "rate limited",
        True,
    ),
    (
        "503 with Retry-After",
        _rest(ServerError, 503, code=20503, retry_after=2.0),
        "retry_unsent",
        "failed",
        2.0,
        "HTTP 503 code 20503",
        False,
    ),
    (
        "500 (may have been processed)",
        _rest(ServerError, 500, may_have_been_processed=True),
        "uncertain",
        "failed",
        None,
        "HTTP 500",
        False,
    ),
    (
        "400 code 21211",
        _rest(BadRequestError, 400, code=21211, message="bad To"),
        "failed",
        "ok",
        None,
        "HTTP 400 code 21211",
        False,
    ),
    (
        "connection dropped after sending",
        _conn(TwilioConnectionError, processed=True),
        "uncertain",
        "failed",
        None,
        "connection error",
        False,
    ),
    (
        "connection refused (never sent)",
        _conn(TwilioConnectionError, processed=False),
        "retry_unsent",
        "failed",
        None,
        "connection error",
        True,
    ),
    (
        "read timeout",
        _conn(TwilioTimeoutError, processed=True),
        "uncertain",
        "failed",
        None,
        "timeout",
        False,
    ),
    (
        "connect timeout (never sent)",
        _conn(TwilioTimeoutError, processed=False),
        "retry_unsent",
        "failed",
        None,
        "timeout",
        True,
    ),
    (
        "2xx that could not be read",
        _unreadable(201),
        "uncertain",
        "failed",
        None,
        "unreadable HTTP 201 answer",
        False,
    ),
    (
        "4xx that could not be read",
        _unreadable(404),
        "failed",
        "failed",
        None,
        "unreadable HTTP 404 answer",
        False,
    ),
    (
        "validation error",
        TwilioValidationError("messages.create(): parameter 'to' is required"),
        "failed",
        "failed",
        None,
        "invalid parameters",
        False,
    ),
    (
        "TypeError (unknown keyword)",
        TypeError("create() got an unexpected keyword argument 'too'"),
        "failed",
        "failed",
        None,
        "invalid parameters",
        False,
    ),
    (
        "client closed",
        TwilioClientClosedError("the client is closed"),
        "stop",
        "failed",
        None,
        None,
        False,
    ),
    (
        "arbitrary exception",
        RuntimeError("boom"),
        "uncertain",
        "failed",
        None,
        "RuntimeError",
        False,
    ),
    ("cancellation", asyncio.CancelledError(), "stop", "failed", None, None, False),
    ("KeyboardInterrupt", KeyboardInterrupt(), "stop", "failed", None, None, False),
]


@pytest.mark.parametrize(
    ("exc", "kind", "release", "retry_after", "reason", "retryable"),
    [row[1:] for row in TABLE],
    ids=[row[0] for row in TABLE],
)
def test_classify_table(
    exc: BaseException,
    kind: str,
    release: str,
    retry_after: float | None,
    reason: str | None,
    retryable: bool,
) -> None:
    outcome = classify(exc)
    assert (outcome.kind, outcome.release, outcome.retry_after) == (kind, release, retry_after)
    if reason is None:
        assert outcome.error is None
    else:
        assert outcome.error is not None
        assert (outcome.error.reason, outcome.error.retryable) == (reason, retryable)
        assert outcome.error.exception is exc


def test_rest_errors_keep_status_code_and_message() -> None:
    error = classify(_rest(BadRequestError, 400, code=21211, message="bad To")).error
    assert error is not None
    assert (error.status, error.code, error.message) == (400, 21211, "bad To")
    limited = classify(_rest(RateLimitError, 429, code=20429)).error
    assert limited is not None and (limited.status, limited.code) == (429, 20429)
    assert limited.message  # no server text: the error's own description


def test_an_empty_exception_message_falls_back_to_its_type() -> None:
    error = classify(ValueError()).error
    assert error is not None and (error.reason, error.message) == ("ValueError", "ValueError")


def test_classify_is_pure_and_outcomes_are_values() -> None:
    exc = _rest(RateLimitError, 429, code=20429, retry_after=1.0)
    assert classify(exc) == classify(exc)
    outcome = classify(exc)
    with pytest.raises(FrozenInstanceError):
        outcome.kind = "failed"  # type: ignore[misc]
    assert Outcome("failed", answered=True).release == "ok"
