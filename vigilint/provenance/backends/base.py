"""The one interface both ledger databases implement.

SQL is written once, with `?` placeholders and only what SQLite and PostgreSQL both speak
(`INSERT ... ON CONFLICT ... DO NOTHING|UPDATE`, `RETURNING`); a backend translates the
placeholders and the values: times go in as aware datetimes and come back as aware UTC
datetimes (`moment`), whatever the database keeps (ISO text in SQLite, timestamptz in
PostgreSQL).

Writes go through `Database.write(work)`: `work(tx)` runs inside one transaction, holding the
repository's lock (`tx.lock(key)`), and is run again from the start when the database asks
for a retry (a PostgreSQL serialization failure or deadlock), so it must only touch the
database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

Row = dict[str, Any]
T = TypeVar("T")


class Tx(Protocol):
    """One open transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    def lock(self, key: str) -> None:
        """Hold `key` until the transaction ends (writers of one repository take turns)."""
        ...


class Database(Protocol):
    dialect: str  # "sqlite" | "postgresql"
    where: str  # for messages: a path, or the URL without its password

    def write(self, work: Callable[[Tx], T]) -> T: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    def close(self) -> None: ...


def moment(value: Any) -> datetime:
    """An aware UTC datetime from what a backend returns (ISO text or a datetime)."""
    if isinstance(value, datetime):
        found = value
    else:
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)


def maybe_moment(value: Any) -> datetime | None:
    return None if value is None else moment(value)


def utc_second(value: datetime) -> datetime:
    """`value` in UTC to the second: what both databases store (so both compare equal)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)
