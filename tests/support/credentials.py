"""The fake credentials of the tests (the ``client`` fixture in tests/conftest.py)."""

from __future__ import annotations

import base64

ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "test-auth-token-0123456789"
API_KEY = "SK" + "b" * 32
API_SECRET = "test-api-secret-abcdefghijk"
#: A second account (a subaccount, another account's resource).
OTHER_ACCOUNT = "AC" + "c" * 32


def basic(username: str, password: str) -> str:
    """The base64 part of an ``Authorization: Basic`` header."""
    return base64.b64encode(f"{username}:{password}".encode()).decode()


#: Strings that must never show up in a repr, a log record or an exception.
SECRETS = (
    AUTH_TOKEN,
    API_SECRET,
    basic(ACCOUNT_SID, AUTH_TOKEN),
    basic(API_KEY, API_SECRET),
)
