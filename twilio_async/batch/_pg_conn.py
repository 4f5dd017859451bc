"""The PostgreSQL journal's connections: the pool, table setup, transactions, errors.

Every failure becomes a ``JournalError`` whose message names the URL without its
password, and is raised outside the driver's ``except`` block, so no exception in its
chain carries text the password could be in. Transactions PostgreSQL rolled back for a
deadlock or serialization failure are retried; nothing else is.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._journal import JournalError
from ._pg_dsn import is_postgres_url, redact_url, scrub, secrets_of
from ._pg_schema import COUNTER_SLOTS, SCHEMA_VERSION, SETUP_LOCK, Tables, check_schema_name
from ._pg_sql import Sql
from ._pg_types import check_count, check_seconds

if TYPE_CHECKING:
    import asyncpg
    from asyncpg.pool import PoolConnectionProxy

    Conn = PoolConnectionProxy[asyncpg.Record]
    Pool = asyncpg.Pool[asyncpg.Record]

T = TypeVar("T")

#: Tries for a transaction PostgreSQL rolled back for a deadlock or serialization failure.
TRANSIENT_TRIES = 5


def import_asyncpg() -> Any:
    """The asyncpg module, or ``JournalError`` saying how to install it."""
    try:
        import asyncpg
    except ImportError:
        raise JournalError(
            "the PostgreSQL journal needs asyncpg: pip install 'twilio-async[postgres]'"
        ) from None
    return asyncpg


def require_asyncio() -> None:
    """``JournalError`` unless running under asyncio (asyncpg needs it)."""
    import sniffio

    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        library = "no async library"
    if library != "asyncio":
        raise JournalError(
            f"the PostgreSQL journal runs on asyncio only (asyncpg), not under {library}; "
            "use the SQLite journal there"
        )


class PgConnection:
    """A pool of connections to the journal's database, with its tables set up."""

    def __init__(
        self,
        url: str,
        *,
        schema: str | None,
        pool_size: int,
        command_timeout: float,
        connect_timeout: float,
    ):
        if not isinstance(url, str) or not is_postgres_url(url):
            raise ValueError("url must be a postgresql:// or postgres:// URL")
        self._url = url
        self._secrets = secrets_of(url)
        #: The URL as shown in messages: without its password.
        self.display_url = redact_url(url)
        self.tables = Tables(check_schema_name(schema))
        self.sql = Sql(self.tables)
        self.pool_size = check_count("pool_size", pool_size)
        self.command_timeout = check_seconds("command_timeout", command_timeout)
        self.connect_timeout = check_seconds("connect_timeout", connect_timeout)
        #: This instance's counter slot (see ``_pg_schema``).
        self.slot = random.randrange(COUNTER_SLOTS)
        self._pool: Pool | None = None
        self._asyncpg: Any = None
        self._connecting: asyncio.Lock | None = None
        self._closed = False

    def reason(self, err: BaseException) -> str:
        """What went wrong, in words that hold no secret."""
        pg = self._asyncpg
        if pg is not None and isinstance(
            err, (pg.InvalidPasswordError, pg.InvalidAuthorizationSpecificationError)
        ):
            text = f"authentication failed ({scrub(str(err), self._secrets)})"
        elif isinstance(err, (asyncio.TimeoutError, TimeoutError)):
            text = "no answer in time"
        elif isinstance(err, OSError):
            text = f"server unreachable ({scrub(err.strerror or str(err), self._secrets)})"
        else:
            text = f"{type(err).__name__}: {scrub(str(err), self._secrets)}"
        return text[:500]

    def failure(self, what: str, err: BaseException) -> JournalError:
        """A ``JournalError`` for a failed operation (raise it outside the ``except``)."""
        return JournalError(f"PostgreSQL journal {self.display_url}: {what}: {self.reason(err)}")

    async def _open_pool(self) -> Pool:
        require_asyncio()
        self._asyncpg = import_asyncpg()
        reason: str | None = None
        try:
            pool: Pool = await self._asyncpg.create_pool(
                self._url,
                min_size=1,
                max_size=self.pool_size,
                timeout=self.connect_timeout,
                command_timeout=self.command_timeout,
                server_settings={"application_name": "twilio_async journal"},
            )
        except Exception as err:  # raised below, outside this block: no chained secret
            reason = self.reason(err)
        if reason is not None:
            raise JournalError(
                f"cannot connect to the PostgreSQL journal {self.display_url}: {reason}"
            )
        try:
            await self._setup(pool)
        except BaseException:
            pool.terminate()
            raise
        return pool

    async def _setup(self, pool: Pool) -> None:
        """Create the tables (once, under an advisory lock) and check the schema version."""
        reason: str | None = None
        version: str | None = None
        try:
            async with pool.acquire() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock($1)", SETUP_LOCK)
                if await conn.fetchval("SELECT to_regclass($1)", self.tables.meta) is None:
                    await conn.execute(self.tables.ddl())
                    await conn.execute(
                        f"INSERT INTO {self.tables.meta} (name, value) VALUES ('schema', $1) "
                        "ON CONFLICT (name) DO NOTHING",
                        SCHEMA_VERSION,
                    )
                version = await conn.fetchval(
                    f"SELECT value FROM {self.tables.meta} WHERE name = 'schema'"
                )
        except Exception as err:
            reason = self.reason(err)
        if reason is not None:
            raise JournalError(f"cannot set up the PostgreSQL journal {self.display_url}: {reason}")
        if version != SCHEMA_VERSION:
            raise JournalError(
                f"the PostgreSQL journal {self.display_url} has schema version {version!r}; "
                f"this twilio_async uses {SCHEMA_VERSION!r}"
            )

    async def pool(self) -> Pool:
        """The pool, connecting first if needed."""
        if self._closed:
            raise JournalError("the PostgreSQL journal is closed")
        if self._pool is not None:
            return self._pool
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            if self._pool is None:
                self._pool = await self._open_pool()
        return self._pool

    async def close_pool(self) -> None:
        """Close the connections (a dead server's are dropped); idempotent."""
        self._closed = True
        pool, self._pool = self._pool, None
        if pool is not None:
            try:
                await asyncio.wait_for(pool.close(), timeout=self.command_timeout)
            except Exception:
                pool.terminate()

    def _transient(self, err: BaseException) -> bool:
        pg = self._asyncpg
        return pg is not None and isinstance(err, (pg.DeadlockDetectedError, pg.SerializationError))

    async def transaction(self, what: str, body: Callable[[Conn], Awaitable[T]]) -> T:
        """``body(conn)`` in a transaction, retried after a deadlock; errors -> JournalError.

        ``JournalError``, ``ValueError`` and ``TypeError`` raised by ``body`` pass through.
        """
        pool = await self.pool()
        failure: BaseException | None = None
        for attempt in range(TRANSIENT_TRIES):
            try:
                async with pool.acquire() as conn, conn.transaction():
                    return await body(conn)
            except (JournalError, ValueError, TypeError):
                raise
            except Exception as err:
                failure = err
                if not self._transient(err) or attempt == TRANSIENT_TRIES - 1:
                    break
            await asyncio.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
        assert failure is not None
        raise self.failure(what, failure)

    async def fetch(self, what: str, sql: str, *args: Any) -> list[asyncpg.Record]:
        """Rows of one read-only statement; errors -> JournalError."""
        pool = await self.pool()
        failure: BaseException | None = None
        try:
            return await pool.fetch(sql, *args)
        except Exception as err:
            failure = err
        raise self.failure(what, failure)

    async def bump(self, conn: Conn, deltas: Mapping[tuple[str, int], int]) -> None:
        """Apply counter changes (in key order, so concurrent writers never deadlock)."""
        changes = sorted((k, d) for k, d in deltas.items() if d)
        if changes:
            await conn.execute(
                self.sql.bump,
                [c for (c, _), _ in changes],
                [s for (_, s), _ in changes],
                self.slot,
                [d for _, d in changes],
            )
