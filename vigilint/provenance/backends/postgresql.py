"""The PostgreSQL ledger (psycopg 3): one database for every repository and CI runner of a team.

The connection runs in autocommit mode with explicit transactions; its session time zone is
UTC, so timestamps read back the same whatever the server's default. Writers of one
repository take turns on a transaction-level advisory lock keyed by the repository, so two CI
runners syncing the same repository can't interleave their read-then-write; runners of
different repositories don't wait for each other. A serialization failure or deadlock (which
the lock makes unlikely) reruns the whole transaction, up to `RETRIES` times.

Migrations run on open, under a fixed advisory lock, each file in one transaction with its row
in `schema_migrations`. Errors become `StoreError` sentences that never show the password.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from vigilint.provenance import migrations
from vigilint.provenance.backends.base import Row, T, Tx
from vigilint.provenance.store import StoreError

RETRIES = 5
CONNECT_TIMEOUT_S = 10
_MIGRATION_LOCK = 0x7669_6769_6C69_6E74  # "vigilint"
_SCHEMA_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"""


def safe_url(url: str) -> str:
    """`url` without its password (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def lock_id(key: str) -> int:
    """A signed 64-bit advisory lock id for `key`."""
    digest = hashlib.sha256(f"vigilint-ledger:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _sql(text: str) -> str:
    """`?` placeholders as psycopg's `%s` (our SQL has no literal `?` or `%`)."""
    return text.replace("?", "%s")


class PostgresTx:
    def __init__(self, connection: Any) -> None:
        self._conn = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(_sql(sql), list(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = [list(r) for r in rows]
        if batch:
            with self._conn.cursor() as cursor:
                cursor.executemany(_sql(sql), batch)

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._conn.cursor() as cursor:
            cursor.execute(_sql(sql), list(params))
            if cursor.description is None:
                return []
            names = [d.name for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def lock(self, key: str) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", [lock_id(key)])


class PostgresDatabase:
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.where = safe_url(url)
        try:
            import psycopg
        except ImportError:
            raise StoreError("the PostgreSQL ledger needs psycopg 3: pip install "
                             "'vigilint[postgresql]'") from None
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                         application_name="vigilint")
            self._conn.execute("SET TIME ZONE 'UTC'")
        except psycopg.Error as exc:
            raise StoreError(self._describe(exc, "can't connect to")) from None
        except Exception as exc:  # a malformed URL raises before any connection is made
            raise StoreError(f"the ledger URL {self.where} is not a PostgreSQL connection "
                             f"string ({type(exc).__name__})") from None
        try:
            self._migrate()
        except StoreError:
            self._conn.close()
            raise

    def _describe(self, exc: Exception, doing: str) -> str:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        return f"{doing} the PostgreSQL ledger at {self.where}: {detail}"

    def _migrate(self) -> None:
        def work(tx: Tx) -> None:
            tx.execute("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])
            tx.execute(_SCHEMA_TABLE)
            rows = tx.fetch("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")
            current = int(rows[0]["v"])
            if current > migrations.latest(self.dialect):
                raise StoreError(
                    f"the PostgreSQL ledger at {self.where} has schema {current}, newer than "
                    f"this vigilint knows ({migrations.latest(self.dialect)}); upgrade vigilint")
            for migration in migrations.pending(self.dialect, current):
                with self._conn.transaction():  # a savepoint: one migration, all or nothing
                    self._conn.execute(migration.sql)
                    tx.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                               [migration.version, migration.name])

        self.write(work)

    def write(self, work: Callable[[Tx], T]) -> T:
        errors = self._psycopg.errors
        transient = (errors.SerializationFailure, errors.DeadlockDetected)
        for attempt in range(RETRIES):
            try:
                with self._conn.transaction():
                    return work(PostgresTx(self._conn))
            except transient:
                if attempt == RETRIES - 1:
                    raise StoreError(f"the PostgreSQL ledger at {self.where} stayed busy "
                                     f"after {RETRIES} tries; try again") from None
                time.sleep(0.05 * (2 ** attempt))
            except self._psycopg.Error as exc:
                raise StoreError(self._describe(exc, "writing to")) from None
        raise AssertionError("unreachable")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return PostgresTx(self._conn).fetch(sql, params)
        except self._psycopg.Error as exc:
            raise StoreError(self._describe(exc, "reading from")) from None

    def close(self) -> None:
        self._conn.close()
