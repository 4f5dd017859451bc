"""The PostgreSQL journal's statements, for one set of tables.

Every statement that changes a row's state returns enough to keep the counters right
(the old state, or the campaign). The array statements look each key up by primary key
(a ``LATERAL`` subquery: one index probe per key, whatever the planner's statistics
say) and lock rows in the order of the keys given, which callers sort, so concurrent
writers never deadlock on items. Claims and sweeps take rows
with ``SKIP LOCKED``: they never wait on, or share, a row another worker is writing.
The outcome statements take arrays (one element per item) and are *guarded*: each
moves only rows in the states it may move, and (except ``sent``: a SID always wins)
only rows still held by the owner that sent the request.
"""

from __future__ import annotations

from ._pg_schema import FAILED, PENDING, SENT, UNCERTAIN, Tables


class Sql:
    """SQL text for the journal's tables (``$1`` is always the campaign)."""

    #: The temporary table COPY fills when loading (one per connection, emptied at commit).
    LOAD_TABLE = "twilio_async_load"

    def __init__(self, tables: Tables):
        items, counters, campaigns = tables.items, tables.counters, tables.campaigns
        self.bump = f"""
INSERT INTO {counters} AS c (campaign, state, slot, n)
SELECT u.campaign, u.state, $3, u.delta
FROM unnest($1::text[], $2::smallint[], $4::bigint[]) AS u(campaign, state, delta)
ON CONFLICT (campaign, state, slot) DO UPDATE SET n = c.n + excluded.n"""
        self.ensure_campaign = f"""
WITH ins AS (
    INSERT INTO {campaigns} (name, account, target) VALUES ($1, $2, $3)
    ON CONFLICT (name) DO NOTHING RETURNING account, target
)
SELECT account, target FROM ins
UNION ALL SELECT account, target FROM {campaigns} WHERE name = $1
LIMIT 1"""
        self.load_table = (
            f"CREATE TEMP TABLE IF NOT EXISTS {self.LOAD_TABLE} "
            "(key text, pos bigint, params text, digest text) ON COMMIT DELETE ROWS"
        )
        # ``added`` is true for inserted rows (xmax = 0); a present row whose digest differs
        # is "updated" to itself, only so that it is returned (then the chunk is refused).
        self.load_insert = f"""
WITH ins AS (
    INSERT INTO {items} AS i (campaign, key, pos, params, digest)
    SELECT $1, t.key, t.pos, t.params::jsonb, t.digest FROM pg_temp.{self.LOAD_TABLE} t
    ON CONFLICT (campaign, key) DO UPDATE SET digest = i.digest
        WHERE i.digest IS DISTINCT FROM excluded.digest
    RETURNING i.key, (i.xmax = 0) AS added
)
SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added),
       min(key) FILTER (WHERE NOT added)
FROM ins"""
        self.load_insert_keep = f"""
WITH ins AS (
    INSERT INTO {items} (campaign, key, pos, params, digest)
    SELECT $1, t.key, t.pos, t.params::jsonb, t.digest FROM pg_temp.{self.LOAD_TABLE} t
    ON CONFLICT (campaign, key) DO NOTHING
    RETURNING 1
)
SELECT count(*), 0, NULL FROM ins"""
        self.claim = f"""
WITH picked AS MATERIALIZED (
    SELECT key FROM {items}
    WHERE campaign = $1 AND state = 0 AND (not_before IS NULL OR not_before <= now())
    ORDER BY pos
    LIMIT $2
    FOR UPDATE SKIP LOCKED
)
UPDATE {items} i SET state = 5, owner = $3, lease_until = now() + make_interval(secs => $4)
FROM picked
WHERE i.campaign = $1 AND i.key = picked.key
RETURNING i.key, i.pos, i.params::text, i.attempts, i.refusals, i.fingerprint, i.first_attempt"""
        self.renew = f"""
UPDATE {items} SET lease_until = now() + make_interval(secs => $3)
WHERE owner = $2 AND state IN (1, 5) AND campaign = $1"""
        self.release = f"""
UPDATE {items} SET state = 0, owner = NULL, lease_until = NULL
WHERE owner = $2 AND state = 5 AND campaign = $1
RETURNING key"""
        sweep = """
WITH x AS MATERIALIZED (
    SELECT campaign, key FROM {items}
    WHERE state = {was} AND lease_until < now() AND ($1::text IS NULL OR campaign = $1)
    LIMIT $2
    FOR UPDATE SKIP LOCKED
)
UPDATE {items} i SET {assign}
FROM x
WHERE i.campaign = x.campaign AND i.key = x.key
RETURNING i.campaign"""
        self.sweep_claims = sweep.format(
            items=items, was=5, assign="state = 0, owner = NULL, lease_until = NULL"
        )
        self.sweep_in_flight = sweep.format(
            items=items, was=1, assign="state = 4, error = $3::jsonb, lease_until = NULL"
        )

        def outcome(columns: str, guard: str, assign: str) -> str:
            """An UPDATE over arrays ``$2`` (sorted keys), ``$3…`` (columns); returns old states."""
            names = ", ".join(["key", *(c.split()[0] for c in _cols(columns))])
            arrays = ", ".join(
                f"${i}::{c.split()[1]}[]" for i, c in enumerate(["key text", *_cols(columns)], 2)
            )
            picked = ", ".join(f"x.{c.split()[0]}" for c in _cols(columns))
            return f"""
UPDATE {items} i SET {assign}
FROM (
    SELECT l.key, l.state AS was{", " + picked if picked else ""}
    FROM unnest({arrays}) AS x({names})
    CROSS JOIN LATERAL (
        SELECT o.key, o.state FROM {items} o
        WHERE o.campaign = $1 AND o.key = x.key AND {guard}
        FOR UPDATE
    ) l
) u
WHERE i.campaign = $1 AND i.key = u.key
RETURNING u.was"""

        self.outcome = {
            "sent": outcome(
                "sid text",
                "o.state <> 2",
                "state = 2, sid = u.sid, error = NULL, retryable = false, lease_until = NULL, "
                "not_before = NULL",
            ),
            "failed": outcome(
                "owner text, error text, retryable bool",
                "o.state IN (1, 4, 5) AND o.owner = x.owner",
                "state = 3, error = u.error::jsonb, retryable = u.retryable, lease_until = NULL",
            ),
            "refused": outcome(
                "owner text, retry_after float8, counted int4",
                "o.state IN (1, 4) AND o.owner = x.owner",
                "state = 0, owner = NULL, lease_until = NULL, error = NULL, "
                "refusals = i.refusals + u.counted, "
                "not_before = now() + make_interval(secs => u.retry_after)",
            ),
            "uncertain": outcome(
                "owner text, error text",
                "o.state IN (1, 4) AND o.owner = x.owner",
                "state = 4, error = u.error::jsonb, lease_until = NULL",
            ),
            "pending": outcome(
                "",
                "o.state = 4",
                "state = 0, owner = NULL, error = NULL, lease_until = NULL, not_before = NULL",
            ),
        }
        #: The state each outcome moves a row to.
        self.outcome_state = {
            "sent": SENT,
            "failed": FAILED,
            "refused": PENDING,
            "uncertain": UNCERTAIN,
            "pending": PENDING,
        }
        self.in_flight = f"""
UPDATE {items} i SET
    state = 1,
    attempts = i.attempts + 1,
    fingerprint = COALESCE(u.fp, i.fingerprint),
    first_attempt = COALESCE(i.first_attempt, u.at),
    last_attempt = u.at,
    lease_until = now() + make_interval(secs => u.lease),
    error = NULL,
    retryable = false
FROM (
    SELECT l.key, x.fp, x.at, x.lease
    FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])
        AS x(key, owner, fp, at, lease)
    CROSS JOIN LATERAL (
        SELECT o.key FROM {items} o
        WHERE o.campaign = $1 AND o.key = x.key
            AND o.state = 5 AND o.owner = x.owner AND o.lease_until > now()
        FOR UPDATE
    ) l
) u
WHERE i.campaign = $1 AND i.key = u.key
RETURNING i.key"""
        self.other_sids = f"""
SELECT l.key FROM unnest($2::text[], $3::text[]) AS x(key, sid)
CROSS JOIN LATERAL (
    SELECT o.key FROM {items} o
    WHERE o.campaign = $1 AND o.key = x.key AND o.state = 2 AND o.sid IS DISTINCT FROM x.sid
) l"""
        self.claimable_now = f"""
SELECT 1 FROM {items}
WHERE campaign = $1 AND state = 0 AND (not_before IS NULL OR not_before <= now())
LIMIT 1"""
        self.soonest = f"""
SELECT EXTRACT(EPOCH FROM min(not_before) - now())::float8 FROM {items}
WHERE campaign = $1 AND state = 0"""
        self.counts = f"SELECT state, sum(n) FROM {counters} WHERE campaign = $1 GROUP BY state"
        self.recount = f"SELECT state, count(*) FROM {items} WHERE campaign = $1 GROUP BY state"
        self.unresolved = f"""
SELECT key, pos, params::text, digest, state, sid, error::text, retryable, attempts, refusals,
       fingerprint, first_attempt, last_attempt, owner
FROM {items}
WHERE campaign = $1 AND state = 4 AND key > $2
ORDER BY key
LIMIT $3"""
        self.campaigns = f"SELECT name, account, target, created FROM {campaigns} ORDER BY name"
        self.campaign = f"SELECT name, account, target, created FROM {campaigns} WHERE name = $1"
        self.claimed_sids = f"SELECT sid FROM {items} WHERE sid = ANY($1::text[])"


def _cols(columns: str) -> list[str]:
    return [c.strip() for c in columns.split(",") if c.strip()]
