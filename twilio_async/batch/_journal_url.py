"""``from_url``: a journal from a URL or a path.

- ``postgresql://user:pw@host/db`` (or ``postgres://``): the PostgreSQL campaign journal
  (``PostgresJournal``; ``pip install 'twilio-async[postgres]'``). Query parameters the
  journal itself takes (``campaign``, ``schema``, ``lease``) are read from the URL and
  removed before it reaches the driver; keyword arguments override them.
- ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, or a plain path: the
  SQLite ``Journal`` (unchanged).

The password in a URL is never shown: errors name the URL without it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._journal import Journal
from ._pg_dsn import is_postgres_url, redact_url

if TYPE_CHECKING:
    from ._pg_journal import PostgresJournal

#: URL query parameters that are the journal's options, not the driver's.
_JOURNAL_PARAMS = {"campaign": str, "schema": str, "lease": float}


def journal_kind(url: str | os.PathLike[str]) -> str:
    """``"postgres"`` or ``"sqlite"``: which journal ``from_url`` makes of ``url``."""
    if isinstance(url, os.PathLike):
        return "sqlite"
    if not isinstance(url, str):
        raise TypeError(f"url must be a str or a path, not {type(url).__name__}")
    if not url.strip():
        raise ValueError("url is empty: give a postgresql:// URL, sqlite:///path or a file path")
    if is_postgres_url(url):
        return "postgres"
    scheme, sep, _ = url.partition("://")
    if not sep or scheme.lower() == "sqlite":
        return "sqlite"
    shown = scheme if scheme.isascii() and scheme.isalnum() else "?"
    raise ValueError(
        f"url: unsupported journal scheme {shown!r}:// (use postgresql://, sqlite:/// or a path)"
    )


def sqlite_path(url: str | os.PathLike[str]) -> Path:
    """The file a ``sqlite:///…`` URL or a path names."""
    if isinstance(url, os.PathLike):
        return Path(url)
    _, sep, rest = url.partition("://")
    if not sep:
        return Path(url)
    if not rest.startswith("/") or rest == "/":
        raise ValueError(
            "url: a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db"
        )
    path = rest[1:].partition("?")[0]  # sqlite:///x -> x; sqlite:////x -> /x
    return Path(path)


def postgres_options(url: str) -> tuple[str, dict[str, Any]]:
    """The URL without the journal's own query parameters, and those parameters."""
    parts = urlsplit(url)
    kept: list[tuple[str, str]] = []
    options: dict[str, Any] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        kind = _JOURNAL_PARAMS.get(name)
        if kind is None:
            kept.append((name, value))
            continue
        try:
            options[name] = kind(value)
        except ValueError:
            raise ValueError(f"url: {name}={value[:40]!r} is not a valid {name}") from None
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))
    return clean, options


def from_url(
    url: str | os.PathLike[str], *, campaign: str | None = None, **options: Any
) -> Journal | PostgresJournal:
    """A journal for ``url`` (see the module docs); not yet opened.

    ``campaign`` and ``options`` (``schema``, ``lease``, ``pool_size``, …) apply to
    PostgreSQL; for SQLite, ``options`` go to ``Journal`` (``synchronous``) and
    ``campaign`` is refused (a SQLite journal holds one run's items).
    """
    if journal_kind(url) == "sqlite":
        if campaign is not None:
            raise ValueError("campaign: only a PostgreSQL journal holds campaigns")
        return Journal(sqlite_path(url), **options)
    assert isinstance(url, str)
    try:
        clean, from_query = postgres_options(url)
    except ValueError as err:
        raise ValueError(f"{err} (in {redact_url(url)})") from None
    from ._pg_journal import PostgresJournal

    merged = {**from_query, **options}
    if campaign is not None:
        merged["campaign"] = campaign
    return PostgresJournal(clean, **merged)
