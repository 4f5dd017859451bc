"""PostgreSQL connection URLs: recognised, checked, and shown without their password.

A URL's password (``postgresql://user:secret@host/db`` or ``?password=secret``) never
appears in a repr, a log line or an exception message: everything shown goes through
``redact_url``, and the password itself is kept apart (``secrets_of``) so that text a
driver produces can be scrubbed of it too (``scrub``).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")
SHOWN_PASSWORD = "***"
#: Query parameters whose values are secrets.
_SECRET_PARAMS = re.compile(r"password|passfile|sslpassword|sslkey", re.I)


def is_postgres_url(url: str) -> bool:
    """True for ``postgresql://…`` and ``postgres://…`` (any case)."""
    scheme, sep, _ = url.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def redact_url(url: str) -> str:
    """The URL with its password (in the user part or the query) replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return f"{url.partition(':')[0]}://(unparseable URL)"
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    if at and ":" in userinfo:
        netloc = f"{userinfo.partition(':')[0]}:{SHOWN_PASSWORD}@{hostport}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode(
            [(k, SHOWN_PASSWORD if _SECRET_PARAMS.search(k) else v) for k, v in pairs],
            safe="*/:,",
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def secrets_of(url: str) -> tuple[str, ...]:
    """The secret values a URL holds (its password, as written and decoded)."""
    found: list[str] = []
    try:
        parts = urlsplit(url)
    except ValueError:
        return ()
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at and ":" in userinfo:
        found.append(userinfo.partition(":")[2])
    found.extend(
        v for k, v in parse_qsl(parts.query, keep_blank_values=True) if _SECRET_PARAMS.search(k)
    )
    out: list[str] = []
    for value in found:
        for form in (value, unquote(value)):
            if form and form not in out:
                out.append(form)
    return tuple(out)


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret replaced by ``***`` (longest first)."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, SHOWN_PASSWORD)
    return text
