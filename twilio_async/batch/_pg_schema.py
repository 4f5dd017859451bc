"""The PostgreSQL journal's tables: names, DDL, and the versioned, idempotent setup.

Tables (prefix ``twilio_async_``, in ``schema`` when one is given, else wherever the
connection's ``search_path`` puts them):

- ``meta`` (name, value): the schema version.
- ``campaigns`` (name PK, account, target, created).
- ``items`` ((campaign, key) PK): one row per message, with its state (see ``STATE_NAMES``).
- ``counters`` ((campaign, state, slot) PK, n): items per state, kept in the same
  transaction as every state change. Each journal instance writes its own ``slot`` (one
  of ``COUNTER_SLOTS``), so workers committing at once do not queue on one hot row;
  a campaign's count is the sum over slots (one query).

Setup runs under an advisory lock, so many workers starting together create the tables
once; a database holding another schema version is refused, never altered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEMA_VERSION = "1"
PREFIX = "twilio_async_"
#: Counter rows per (campaign, state): how many writers can commit without waiting on each other.
COUNTER_SLOTS = 32
#: Key of the advisory lock taken while creating or checking the tables.
SETUP_LOCK = 0x7477_696C_696F  # "twilio"

PENDING, IN_FLIGHT, SENT, FAILED, UNCERTAIN, CLAIMED = 0, 1, 2, 3, 4, 5
STATE_NAMES = {
    PENDING: "pending",
    IN_FLIGHT: "in_flight",
    SENT: "sent",
    FAILED: "failed",
    UNCERTAIN: "uncertain",
    CLAIMED: "claimed",
}

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,47}$")


def check_schema_name(schema: str | None) -> str | None:
    """``schema`` if it is a plain identifier (letters, digits, ``_``), else ``ValueError``."""
    if schema is None:
        return None
    if not isinstance(schema, str) or not _IDENTIFIER.match(schema):
        raise ValueError(
            f"schema must be a plain identifier (letters, digits, '_', at most 48), not {schema!r}"
        )
    return schema


@dataclass(frozen=True)
class Tables:
    """Qualified, quoted table names for one schema."""

    schema: str | None = None

    def name(self, table: str) -> str:
        quoted = f'"{PREFIX}{table}"'
        return f'"{self.schema}".{quoted}' if self.schema else quoted

    @property
    def meta(self) -> str:
        return self.name("meta")

    @property
    def campaigns(self) -> str:
        return self.name("campaigns")

    @property
    def items(self) -> str:
        return self.name("items")

    @property
    def counters(self) -> str:
        return self.name("counters")

    def ddl(self) -> str:
        """Every statement that creates the tables and indexes (each ``IF NOT EXISTS``)."""
        p = PREFIX
        create_schema = f'CREATE SCHEMA IF NOT EXISTS "{self.schema}";\n' if self.schema else ""
        return (
            create_schema
            + f"""
CREATE TABLE IF NOT EXISTS {self.meta} (name text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS {self.campaigns} (
    name text PRIMARY KEY,
    account text NOT NULL,
    target text NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS {self.items} (
    campaign text NOT NULL,
    key text NOT NULL,
    pos bigint NOT NULL,
    params jsonb NOT NULL,
    digest text,
    state smallint NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 5),
    sid text,
    error jsonb,
    retryable boolean NOT NULL DEFAULT false,
    attempts integer NOT NULL DEFAULT 0,
    refusals integer NOT NULL DEFAULT 0,
    not_before timestamptz,
    first_attempt double precision,
    last_attempt double precision,
    fingerprint text,
    owner text,
    lease_until timestamptz,
    PRIMARY KEY (campaign, key)
);
CREATE INDEX IF NOT EXISTS {p}items_claimable ON {self.items} (campaign, pos) WHERE state = 0;
CREATE INDEX IF NOT EXISTS {p}items_leased ON {self.items} (lease_until) WHERE state IN (1, 5);
CREATE INDEX IF NOT EXISTS {p}items_owner ON {self.items} (owner, key) WHERE state IN (1, 5);
CREATE INDEX IF NOT EXISTS {p}items_uncertain ON {self.items} (campaign, key) WHERE state = 4;
CREATE INDEX IF NOT EXISTS {p}items_sid ON {self.items} (sid) WHERE sid IS NOT NULL;
CREATE TABLE IF NOT EXISTS {self.counters} (
    campaign text NOT NULL,
    state smallint NOT NULL,
    slot smallint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (campaign, state, slot)
);
"""
        )
