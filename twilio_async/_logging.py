"""The ``twilio_async`` logger: one line per attempt, paths only, bodies redacted and opt-in."""

from __future__ import annotations

import logging
import time
from typing import Any

from ._redact import redacted_body, url_path
from ._types import ResponseLike

logger = logging.getLogger("twilio_async")


def log_attempt(method: str, url: str, outcome: int | str, started: float, attempt: int) -> None:
    """One DEBUG line per attempt that ends the call: ``GET /path -> 200 in 12.3 ms``."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    elapsed = (time.monotonic() - started) * 1000
    tail = f" (attempt {attempt + 1})" if attempt else ""
    logger.debug(
        "%s %s -> %s in %.1f ms%s",
        method,
        url_path(url),
        outcome,
        elapsed,
        tail,
        extra=_fields(method, url, outcome, elapsed, attempt + 1),
    )


def log_retry(
    method: str,
    url: str,
    outcome: int | str,
    started: float,
    retry: int,
    max_retries: int,
    delay: float,
) -> None:
    """One INFO line per attempt that will be repeated, saying why and after how long."""
    if not logger.isEnabledFor(logging.INFO):
        return
    elapsed = (time.monotonic() - started) * 1000
    logger.info(
        "%s %s -> %s in %.1f ms; retry %d of %d in %.2f s",
        method,
        url_path(url),
        outcome,
        elapsed,
        retry,
        max_retries,
        delay,
        extra=_fields(method, url, outcome, elapsed, retry),
    )


def log_request_body(method: str, url: str, content: bytes, content_type: str | None) -> None:
    """The redacted request body at DEBUG (only when body logging is on)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s request body: %s", method, url_path(url), redacted_body(content, content_type)
        )


def log_response_body(method: str, url: str, response: ResponseLike) -> None:
    """The redacted response body at DEBUG (only when body logging is on)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d body: %s",
            method,
            url_path(url),
            response.status_code,
            redacted_body(response.content, response.headers.get("content-type")),
        )


def _fields(
    method: str, url: str, outcome: int | str, elapsed: float, attempt: int
) -> dict[str, Any]:
    """Structured fields on every record (``record.twilio_status`` and so on)."""
    return {
        "twilio_method": method,
        "twilio_path": url_path(url),
        "twilio_status": outcome if isinstance(outcome, int) else None,
        "twilio_error": outcome if isinstance(outcome, str) else None,
        "twilio_elapsed_ms": round(elapsed, 1),
        "twilio_attempt": attempt,
    }
