"""In-memory state: every instance the emulator created, and counters tests can query.

Instances live in buckets: one per resource and *scope* (the values of the
parent placeholders in the path, e.g. ``(AccountSid,)`` for Messages or
``(AccountSid, ConferenceSid)`` for Participants). A bucket keeps insertion
order, so "newest first" is its reverse and page tokens are positions in it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Scope = tuple[str, ...]


@dataclass(eq=False, slots=True)
class Record:
    """One stored instance. ``data`` holds wire field names with Python values."""

    resource: str  # "<domain>/<resource id>"
    scope: Scope
    key: str
    seq: int
    data: dict[str, Any]
    #: Values that are stored but never rendered (an API key's secret, a message's callback).
    private: dict[str, Any] = field(default_factory=dict)


@dataclass
class Stats:
    """What the emulator did, for tests and benchmarks to assert on."""

    requests: int = 0
    responses: Counter[int] = field(default_factory=Counter)
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    max_in_flight: int = 0
    callbacks_sent: int = 0
    callbacks_failed: int = 0

    def snapshot(self) -> dict[str, Any]:
        """A plain-dict copy (for printing or JSON)."""
        return {
            "requests": self.requests,
            "responses": dict(self.responses),
            "created": dict(self.created),
            "updated": dict(self.updated),
            "deleted": dict(self.deleted),
            "faults": dict(self.faults),
            "max_in_flight": self.max_in_flight,
            "callbacks_sent": self.callbacks_sent,
            "callbacks_failed": self.callbacks_failed,
        }


class Store:
    """Buckets of records, addressable by resource, scope and key."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, Scope], dict[str, Record]] = {}
        #: Sequence numbers survive deletion so a page token naming a deleted item still works.
        self._seq_of: dict[tuple[str, Scope, str], int] = {}
        self._counter = itertools.count(1)
        #: Per-scope counters behaviours keep (a conversation's next message index).
        self.counters: dict[tuple[str, Scope], int] = {}

    def add(self, resource: str, scope: Scope, key: str, data: dict[str, Any]) -> Record:
        seq = next(self._counter)
        rec = Record(resource, scope, key, seq, data)
        self._buckets.setdefault((resource, scope), {})[key] = rec
        self._seq_of[(resource, scope, key)] = seq
        return rec

    def get(self, resource: str, scope: Scope, key: str) -> Record | None:
        bucket = self._buckets.get((resource, scope))
        return bucket.get(key) if bucket else None

    def remove(self, resource: str, scope: Scope, key: str) -> Record | None:
        bucket = self._buckets.get((resource, scope))
        return bucket.pop(key, None) if bucket else None

    def seq_of(self, resource: str, scope: Scope, key: str) -> int | None:
        return self._seq_of.get((resource, scope, key))

    def newest_first(self, resource: str, scope: Scope) -> list[Record]:
        bucket = self._buckets.get((resource, scope))
        return list(reversed(bucket.values())) if bucket else []

    def newest_first_under(self, resource: str, prefix: Scope) -> list[Record]:
        """Records of every scope that starts with ``prefix``, newest first."""
        n = len(prefix)
        found = [
            rec
            for (res, scope), bucket in self._buckets.items()
            if res == resource and scope[:n] == prefix
            for rec in bucket.values()
        ]
        return sorted(found, key=lambda r: -r.seq)

    def find_under(self, resource: str, prefix: Scope, key: str) -> Record | None:
        """The record ``key`` in any scope that starts with ``prefix``."""
        n = len(prefix)
        for (res, scope), bucket in self._buckets.items():
            if res == resource and scope[:n] == prefix and key in bucket:
                return bucket[key]
        return None

    def seq_under(self, resource: str, prefix: Scope, key: str) -> int | None:
        """The sequence number of ``key`` in any scope under ``prefix`` (deleted ones too)."""
        n = len(prefix)
        for (res, scope, k), seq in self._seq_of.items():
            if res == resource and k == key and scope[:n] == prefix:
                return seq
        return None

    def scan(self, resource: str) -> Iterator[Record]:
        """Every record of a resource (``"api/accounts.messages"``), in every scope."""
        for (res, _scope), bucket in self._buckets.items():
            if res == resource:
                yield from bucket.values()

    def records(self, resource: str, **where: Any) -> list[dict[str, Any]]:
        """Rendered-free copies of stored instances whose fields equal ``where``.

        ``resource`` is ``"<domain>/<resource id>"`` or a bare resource id of the
        ``api`` domain (``"accounts.messages"``).
        """
        if "/" not in resource:
            resource = f"api/{resource}"
        out = []
        for rec in sorted(self.scan(resource), key=lambda r: r.seq):
            if all(rec.data.get(k) == v for k, v in where.items()):
                out.append(dict(rec.data))
        return out

    def count(self, resource: str, **where: Any) -> int:
        """How many instances of a resource exist now (see ``records``)."""
        return len(self.records(resource, **where))
