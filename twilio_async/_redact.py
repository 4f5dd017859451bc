"""Text that leaves the SDK (log lines, exception messages): secrets redacted, bounded, printable.

The one place that knows what a secret looks like in a body we may or may not be able
to parse, and how long an excerpt may be. ``json`` and ``urllib.parse`` load on first
use: ``_errors`` imports this module, and ``import twilio_async`` stays cheap.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ._constants import ERROR_EXCERPT_CHARS, LOG_BODY_CHARS

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
REDACTED = "[redacted]"


# The patterns compile on first use: this module loads with ``import twilio_async``.


@cache
def _secret_name() -> re.Pattern[str]:
    """Field names whose values are never shown: auth tokens, API secrets, passwords, keys."""
    return re.compile(r"token|secret|password|passwd|credential|authorization", re.I)


@cache
def _secret_text() -> re.Pattern[str]:
    """The same inside text we cannot parse: JSON ``"auth_token": "…"``, XML
    ``<AuthToken>…``, and form ``Password=…``."""
    return re.compile(
        r'("[A-Za-z_]*(?:token|secret|password|credential)[A-Za-z_]*"\s*:\s*")[^"]*'
        r"|(<[A-Za-z]*(?:Token|Secret|Password)>)[^<]*"
        r"|((?:^|&)[A-Za-z_.]*(?:token|secret|password|credential)[A-Za-z_.]*=)[^&]*",
        re.IGNORECASE,
    )


def plain(text: str, limit: int) -> str:
    """``text`` made safe for a terminal or log line: at most ``limit`` printable chars."""
    cut = text[: limit + 1]
    shown = "".join(ch if ch.isprintable() else " " for ch in cut[:limit])
    return shown + ("…" if len(cut) > limit else "")


def redact_text(text: str) -> str:
    """Secret-looking values in unparsed JSON, XML or form text replaced by ``[redacted]``."""
    return _secret_text().sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + REDACTED, text)


def redact_json(value: Any) -> Any:
    """Parsed JSON with the values of secret-named keys replaced, at any depth."""
    if isinstance(value, dict):
        return {
            k: REDACTED if _secret_name().search(str(k)) else redact_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


def excerpt(body: bytes, limit: int = ERROR_EXCERPT_CHARS) -> str:
    """A bounded, printable, redacted excerpt of a response body for an exception message."""
    return plain(redact_text(body[: limit * 4].decode("utf-8", "replace")), limit)


def redacted_body(body: bytes, content_type: str | None) -> str:
    """A body for a log line: secret fields redacted, printable, at most ``LOG_BODY_CHARS``."""
    import json
    from urllib.parse import parse_qsl

    secret_name = _secret_name()
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    text: str | None = None
    if len(body) <= 4 * LOG_BODY_CHARS:
        if kind == FORM_CONTENT_TYPE:
            pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            text = "&".join(f"{k}={REDACTED if secret_name.search(k) else v}" for k, v in pairs)
        else:
            try:
                text = json.dumps(redact_json(json.loads(body)), ensure_ascii=False)
            except ValueError:
                text = None
    if text is None:
        text = redact_text(body[: 4 * LOG_BODY_CHARS].decode("utf-8", "replace"))
    return plain(text, LOG_BODY_CHARS)


def url_path(url: str) -> str:
    """What a log line shows of a URL: the path only (queries carry phone numbers)."""
    from urllib.parse import urlsplit

    return urlsplit(url).path


def without_query(url: str) -> str:
    """A URL without its query string or fragment (phone numbers are personal data)."""
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=-1)
    return url if cut < 0 else url[:cut]
