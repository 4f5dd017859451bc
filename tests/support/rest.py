"""URLs, payload builders and request/secret assertions for the respx-mocked tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.support.credentials import ACCOUNT_SID, SECRETS
from tests.support.numbers import FROM, TO

API = "https://api.twilio.com"
ACCOUNT_URL = f"{API}/2010-04-01/Accounts/{ACCOUNT_SID}"
FLEX = "https://flex-api.twilio.com/v1"


def sid(prefix: str, n: int = 0) -> str:
    """A well-formed SID: two letters and 32 hex digits."""
    return f"{prefix}{n:032x}"


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"secret leaked into {text[:200]!r}"


def assert_clean(error: BaseException) -> None:
    """No secret in an exception, its attributes or the exceptions chained to it."""
    seen: BaseException | None = error
    while seen is not None:
        assert_no_secret(str(seen))
        assert_no_secret(repr(seen))
        for value in vars(seen).values():
            assert_no_secret(repr(value))
        seen = seen.__cause__ or seen.__context__


@contextmanager
def raises(kind: type[BaseException], match: str | None = None) -> Iterator[Any]:
    """``pytest.raises`` that also checks the exception carries no secret."""
    with pytest.raises(kind, match=match) as info:
        yield info
    assert_clean(info.value)


def form(request: httpx.Request) -> list[tuple[str, str]]:
    """The form fields of a request body, in order."""
    return parse_qsl(request.content.decode("ascii"), keep_blank_values=True, strict_parsing=False)


def query(request: httpx.Request) -> list[tuple[str, str]]:
    """The query parameters of a request, in order."""
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)


def message(n: int = 0, **fields: Any) -> dict[str, Any]:
    """A 2010 Message resource body."""
    body: dict[str, Any] = {
        "sid": sid("SM", n),
        "account_sid": ACCOUNT_SID,
        "to": TO,
        "from": FROM,
        "body": f"message {n}",
        "status": "queued",
        "num_segments": "1",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid('SM', n)}.json",
    }
    body.update(fields)
    return body


def messages_page(
    items: list[dict[str, Any]],
    *,
    page: int = 0,
    next_page_uri: str | None = None,
    previous_page_uri: str | None = None,
) -> dict[str, Any]:
    """A 2010 list page of messages."""
    return {
        "messages": items,
        "page": page,
        "page_size": 50,
        "next_page_uri": next_page_uri,
        "previous_page_uri": previous_page_uri,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json?PageSize=50&Page={page}",
    }


def plugin(n: int = 0, **fields: Any) -> dict[str, Any]:
    """A Flex v1 Plugin resource body."""
    body: dict[str, Any] = {
        "sid": sid("FP", n),
        "account_sid": ACCOUNT_SID,
        "unique_name": f"plugin-{n}",
        "date_created": "2024-01-02T03:04:05Z",
        "url": f"{FLEX}/PluginService/Plugins/{sid('FP', n)}",
    }
    body.update(fields)
    return body


def plugins_page(
    items: list[dict[str, Any]],
    *,
    page: int = 0,
    next_page_url: str | None = None,
    previous_page_url: str | None = None,
) -> dict[str, Any]:
    """A Flex v1 list page of plugins."""
    return {
        "plugins": items,
        "meta": {
            "page": page,
            "page_size": 50,
            "first_page_url": f"{FLEX}/PluginService/Plugins?PageSize=50&Page=0",
            "previous_page_url": previous_page_url,
            "url": f"{FLEX}/PluginService/Plugins?PageSize=50&Page={page}",
            "next_page_url": next_page_url,
            "key": "plugins",
        },
    }
