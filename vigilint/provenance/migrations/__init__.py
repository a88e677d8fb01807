"""Versioned schema migrations: plain numbered SQL files, one folder per database.

`sqlite/NNNN_name.sql` and `postgresql/NNNN_name.sql` are applied in number order, each in
one transaction together with the version bump, so a migration that fails leaves the schema
as it was (PostgreSQL's DDL is transactional; SQLite's is too, inside `BEGIN IMMEDIATE`).
The SQLite version lives in `PRAGMA user_version` (as it did before these files); PostgreSQL
keeps a `schema_migrations` table and takes an advisory lock so that CI runners starting
together migrate once. A released file is never edited: a change is a new number.

Why plain SQL files and not alembic: vigilint talks to SQLite through `sqlite3` and to
PostgreSQL through psycopg, without an ORM; alembic would bring SQLAlchemy (a large dependency)
to run a handful of CREATE/ALTER statements, and its autogeneration needs models we don't have.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from vigilint import lazyre

_NAME = lazyre.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
DIALECTS = ("sqlite", "postgresql")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The file's statements, comment lines dropped (SQLite runs one at a time)."""
        text = "\n".join(line for line in self.sql.splitlines()
                         if not line.strip().startswith("--"))
        return [s.strip() for s in text.split(";") if s.strip()]


@cache
def migrations(dialect: str) -> tuple[Migration, ...]:
    """Every migration of `dialect`, in order; the numbers must run 1, 2, 3, ..."""
    if dialect not in DIALECTS:
        raise ValueError(f"no migrations for {dialect!r}")
    found: list[Migration] = []
    for entry in resources.files(__package__).joinpath(dialect).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2),
                                   entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    numbers = [m.version for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{dialect} migrations are not numbered 1..n: {numbers}")
    return tuple(found)


def latest(dialect: str) -> int:
    return len(migrations(dialect))


def pending(dialect: str, current: int) -> tuple[Migration, ...]:
    return tuple(m for m in migrations(dialect) if m.version > current)
