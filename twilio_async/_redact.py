"""Text that leaves the SDK (log lines, exception messages): secrets redacted, bounded, printable.

The one place that knows what a secret looks like in a body we may or may not be able
to parse, and how long an excerpt may be. ``json`` and ``urllib.parse`` load on first
use: ``_errors`` imports this module, and ``import twilio_async`` stays cheap.
"""

from __future__ import annotations

import re
import weakref
from functools import cache, lru_cache
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


#: Deepest JSON nesting a log line redacts structurally; deeper bodies fall back to text.
MAX_REDACT_DEPTH = 64
#: Shortest secret scrubbed verbatim (a shorter one would blank ordinary text).
MIN_SECRET_CHARS = 8


class Secrets:
    """A client's own secrets (its password, Basic token and header), scrubbed from any text
    that leaves the SDK: a server or proxy that echoes ``Authorization`` back does not get it
    into an error message or a log line.

    The Transport builds one and keeps it; every live ``Secrets`` is consulted by
    ``scrub``, ``excerpt`` and ``redacted_body`` (held weakly: it goes with its client).
    """

    __slots__ = ("__weakref__", "values")

    def __init__(self, *values: str):
        from urllib.parse import quote

        found: set[str] = set()
        for value in values:
            if len(value) < MIN_SECRET_CHARS:
                continue
            # As sent, JSON-escaped ("\/") and percent-encoded (a form or query echo).
            found.update({value, value.replace("/", "\\/"), quote(value, safe="")})
        self.values = frozenset(found)
        if self.values:
            _LIVE.add(self)

    def __repr__(self) -> str:
        return f"<Secrets: {len(self.values)} values>"


_LIVE: weakref.WeakSet[Secrets] = weakref.WeakSet()


@lru_cache(maxsize=8)  # keyed by the live secrets: bounded, clients come and go
def _scrubber(values: frozenset[str]) -> re.Pattern[str] | None:
    if not values:
        return None
    # Longest first: "Basic <token>" is replaced whole, not as "Basic [redacted]".
    return re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))


def _live_values() -> frozenset[str]:
    return frozenset().union(*(s.values for s in list(_LIVE)))


def scrub(text: str) -> str:
    """``text`` with every live client secret replaced by ``[redacted]``."""
    pattern = _scrubber(_live_values())
    return text if pattern is None else pattern.sub(REDACTED, text)


def _longest_secret() -> int:
    return max((len(v) for v in _live_values()), default=0)


def _head(body: bytes, chars: int) -> str:
    """The first ``chars``-ish characters of ``body``, scrubbed of client secrets.

    The window is read a secret's length longer, and when the body goes on past it that
    tail is dropped again, so a secret cut by the window never shows in part.
    """
    extra = _longest_secret()
    text = scrub(body[: chars + extra].decode("utf-8", "replace"))
    if extra and len(body) > chars + extra:
        text = text[: max(0, len(text) - extra)]
    return text


def plain(text: str, limit: int) -> str:
    """``text`` made safe for a terminal or log line: at most ``limit`` printable chars."""
    cut = text[: limit + 1]
    shown = "".join(ch if ch.isprintable() else " " for ch in cut[:limit])
    return shown + ("…" if len(cut) > limit else "")


def redact_text(text: str) -> str:
    """Secret-looking values in unparsed JSON, XML or form text replaced by ``[redacted]``."""
    return _secret_text().sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + REDACTED, text)


def redact_json(value: Any, _depth: int = 0) -> Any:
    """Parsed JSON with the values of secret-named keys replaced, at any depth.

    Nesting beyond ``MAX_REDACT_DEPTH`` raises ``ValueError`` (the caller falls back to
    ``redact_text``) instead of recursing until Python's stack runs out.
    """
    if isinstance(value, (dict, list)) and _depth >= MAX_REDACT_DEPTH:
        raise ValueError(f"JSON nested deeper than {MAX_REDACT_DEPTH} levels")
    if isinstance(value, dict):
        return {
            k: REDACTED if _secret_name().search(str(k)) else redact_json(v, _depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v, _depth + 1) for v in value]
    return value


def excerpt(body: bytes, limit: int = ERROR_EXCERPT_CHARS) -> str:
    """A bounded, printable, redacted excerpt of a response body for an exception message."""
    try:
        return plain(redact_text(_head(body, limit * 4)), limit)
    except Exception:  # an excerpt is for a message about another failure: never raise
        return f"<{len(body)} bytes>"


def redacted_body(body: bytes, content_type: str | None) -> str:
    """A body for a log line: secret fields redacted, printable, at most ``LOG_BODY_CHARS``."""
    import json
    from urllib.parse import parse_qsl

    secret_name = _secret_name()
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    text: str | None = None
    try:
        if len(body) <= 4 * LOG_BODY_CHARS:
            if kind == FORM_CONTENT_TYPE:
                pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
                text = "&".join(f"{k}={REDACTED if secret_name.search(k) else v}" for k, v in pairs)
            else:
                try:
                    text = json.dumps(redact_json(json.loads(body)), ensure_ascii=False)
                except (ValueError, RecursionError):  # not JSON, or nested too deep
                    text = None
        text = redact_text(_head(body, 4 * LOG_BODY_CHARS)) if text is None else scrub(text)
        return plain(text, LOG_BODY_CHARS)
    except Exception:  # a log line must never break the call it describes
        return f"<{len(body)} bytes, not shown>"


def url_path(url: str) -> str:
    """What a log line shows of a URL: the path only (queries carry phone numbers)."""
    from urllib.parse import urlsplit

    return urlsplit(url).path


def without_query(url: str) -> str:
    """A URL without its query string or fragment (phone numbers are personal data)."""
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=-1)
    return url if cut < 0 else url[:cut]
