"""Fixtures of the reliability suite (its loopback servers are in tests/support/loopback.py)."""

from __future__ import annotations

import pytest

from twilio_async import _retry


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real backoff (exponential, jittered, Retry-After as a floor), in milliseconds."""
    monkeypatch.setattr(_retry, "INITIAL_RETRY_DELAY", 0.002)
    monkeypatch.setattr(_retry, "MAX_RETRY_DELAY", 0.02)
