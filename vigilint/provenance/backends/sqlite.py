"""The SQLite ledger: the tables of a `SqliteStore` (the workspace's `.vigilint/vigilint.db`, or
any file named by `sqlite:///path`). Writers take turns through `BEGIN IMMEDIATE` with a busy
timeout, so several processes on one machine can sync into one file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from vigilint.provenance.backends.base import Row, T, Tx
from vigilint.provenance.store import SqliteStore, StoreError, describe_error, to_text


def _value(value: Any) -> Any:
    return to_text(value) if isinstance(value, datetime) else value


def _params(params: Sequence[Any]) -> list[Any]:
    return [_value(v) for v in params]


class SqliteTx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._db.execute(sql, _params(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._db.executemany(sql, (_params(r) for r in rows))

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._db.execute(sql, _params(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def lock(self, key: str) -> None:
        """BEGIN IMMEDIATE already holds the database's one write lock."""


class SqliteDatabase:
    dialect = "sqlite"

    def __init__(self, store: SqliteStore, *, owned: bool = False) -> None:
        self.store = store
        self.where = str(store.path)
        self._owned = owned

    def write(self, work: Callable[[Tx], T]) -> T:
        try:
            with self.store.transaction() as db:
                return work(SqliteTx(db))
        except sqlite3.Error as exc:
            raise StoreError(describe_error(exc, self.where)) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [dict(r) for r in self.store.query(sql, _params(params))]

    def close(self) -> None:
        if self._owned:
            self.store.close()
