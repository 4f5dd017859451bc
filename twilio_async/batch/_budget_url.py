"""``budget_from_url``: a concurrency budget from a URL (also as ``Budget.from_url``).

- ``redis://…`` / ``rediss://…`` (TLS) / ``unix://…``: ``RedisBudget``, one budget shared
  by every worker on the account (``pip install 'twilio-async[redis]'``);
- ``"local"`` or None: ``LocalBudget``, this process alone (the default).

The URL's password is never shown: errors name the URL without it.
"""

from __future__ import annotations

from typing import Any, Literal

from .._errors import TwilioConfigError
from ._budget import Budget, LocalBudget

#: Where ``concurrency="auto"`` starts in a local budget (the sender's ``AUTO_INITIAL``).
LOCAL_AUTO_INITIAL = 8
_REDIS_SCHEMES = ("redis", "rediss", "unix")


def budget_kind(url: str | None) -> Literal["local", "redis"]:
    """``"local"`` or ``"redis"``: which budget ``budget_from_url`` makes of ``url``."""
    if url is None:
        return "local"
    if not isinstance(url, str):
        raise TypeError(f"budget must be a Budget, a URL or None, not {type(url).__name__}")
    if url.strip().lower() == "local":
        return "local"
    scheme, sep, _ = url.partition("://")
    if sep and scheme.lower() in _REDIS_SCHEMES:
        return "redis"
    shown = scheme if sep and scheme.isascii() and scheme.isalnum() else "?"
    raise ValueError(
        f"budget: unsupported URL scheme {shown!r} (use redis://, rediss://, unix:// or 'local')"
    )


def budget_from_url(
    url: str | None,
    *,
    account: str,
    concurrency: int | Literal["auto"] = "auto",
    rate: float | None = None,
    burst: float | None = None,
    max_concurrency: int = 1000,
    **options: Any,
) -> Budget[Any]:
    """A budget for ``url`` (see the module docs); ``options`` go to ``RedisBudget``.

    Every worker sharing a Redis budget must give the same ``concurrency``, ``rate``
    and ``max_concurrency``.
    """
    if budget_kind(url) == "local":
        if options:
            raise TypeError(f"budget options {sorted(options)} need a redis:// budget")
        auto = concurrency == "auto"
        fixed = max_concurrency if auto else int(concurrency)
        return LocalBudget.create(
            initial=min(LOCAL_AUTO_INITIAL, max_concurrency) if auto else fixed,
            adaptive=auto,
            maximum=fixed,
            rate=rate,
            burst=burst,
        )
    assert url is not None
    try:
        from ._redis_budget import RedisBudget
    except ImportError:  # pragma: no cover - only the redis client itself is optional
        raise TwilioConfigError(
            "a redis:// budget needs redis-py: pip install 'twilio-async[redis]'"
        ) from None
    return RedisBudget.from_url(
        url,
        account=account,
        concurrency=concurrency,
        rate=rate,
        burst=burst,
        max_concurrency=max_concurrency,
        **options,
    )


# ``Budget.from_url(url, account=..., ...)``: set on the protocol class here, not defined in
# it (a protocol's methods are members every budget would have to define). Typed code can
# call ``budget_from_url``.
Budget.from_url = staticmethod(budget_from_url)  # type: ignore[attr-defined]
