"""Ledger databases: SQLite (the embedded default) and PostgreSQL (for teams), behind
`backends.base.Database`.

`open_database(url, workspace)` picks one: `postgresql://...` (or `postgres://...`) opens
PostgreSQL; `sqlite:///path` a SQLite file (four slashes for an absolute path, as SQLAlchemy
writes it); no URL the workspace's `.vigilint/vigilint.db`.
`ledger_url(settings)` says which URL is configured: `VIGILINT_LEDGER_URL` first, then
`[tool.vigilint.ledger] url`.
"""

from __future__ import annotations

import os
from pathlib import Path

from vigilint.config import Settings
from vigilint.provenance.backends.base import Database
from vigilint.provenance.store import BUSY_TIMEOUT_S, SqliteStore, StoreError, open_store

URL_ENV = "VIGILINT_LEDGER_URL"
_POSTGRES = ("postgresql://", "postgres://")
_SQLITE = "sqlite:///"


def ledger_url(settings: Settings | None = None) -> str | None:
    """The configured ledger URL: the environment wins over the settings; None for the
    workspace's own SQLite file."""
    found = os.environ.get(URL_ENV, "").strip()
    if found:
        return found
    if settings is not None and settings.ledger.url:
        return settings.ledger.url.strip() or None
    return None


def open_database(url: str | None, workspace: Path | None, *, create: bool = True,
                  timeout: float = BUSY_TIMEOUT_S) -> Database:
    """The ledger database `url` names (see the module docstring). StoreError (a sentence)
    when it can't be opened."""
    if url and url.startswith(_POSTGRES):
        from vigilint.provenance.backends.postgresql import PostgresDatabase

        return PostgresDatabase(url)
    from vigilint.provenance.backends.sqlite import SqliteDatabase

    if url:
        if not url.startswith(_SQLITE):
            raise StoreError(f"the ledger URL must start with postgresql:// or sqlite:///, not "
                             f"{url.split(':', 1)[0]}:")
        path = Path(url[len(_SQLITE):])  # sqlite:///relative.db, sqlite:////absolute.db
        if not create and not path.exists():
            raise StoreError(f"no ledger at {path}")
        return SqliteDatabase(SqliteStore(path, None, timeout=timeout), owned=True)
    if workspace is None:
        raise StoreError("no workspace folder for the ledger; set VIGILINT_LEDGER_URL")
    return SqliteDatabase(open_store(workspace, create=create, timeout=timeout), owned=True)
