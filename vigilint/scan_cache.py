"""The persistent scan cache: `<workspace>/.vigilint/cache/scan.sqlite3` (the workspace is the
folder of the findings ledger: the nearest one at or above the scan root holding `.git`,
`.vigilint` or `pyproject.toml`, else the scan root).

One row per scanned file (its scan-relative path): the key it was analysed under and the
analysis it gave (findings and notices). A file's key is the SHA-256 of

- the cache's salt: the vigilint version, a fingerprint of the installed package's files (so
  that a changed rule in a development checkout is never served stale results), the identity
  of the secret-fingerprint key (an HMAC of a fixed text, never the key) and the effective
  settings;
- its scan-relative path and the SHA-256 of its text;
- for languages with a dataflow adapter, the digests of the project summaries it may use (see
  `vigilint.scan_project`).

Equal keys mean the engine would give the same findings, so a hit is served without parsing.
The project's dataflow summaries are cached too (`meta` rows, see `vigilint.scan_project`):
keyed by the texts of every code file (an unchanged tree needs neither the dataflow modules nor
a parse), and by the texts of the files they were built from (a change elsewhere reuses them).

Safety:
- Nothing secret is stored: findings are stored in their redacted output form
  (`redact_finding`), notices through `redact_text`; keys and hashes are SHA-256 digests.
- Safe to delete, and never trusted: a damaged database (truncated, not a database, a
  malformed page) is deleted and started again; a row that does not read back as valid
  findings is a miss. The cache can cost a re-analysis, never a wrong or missing finding, and
  any failure to open, read or write it leaves the scan uncached, never failed.
- SQLite in WAL mode, every write one short `BEGIN IMMEDIATE` transaction with a busy timeout:
  concurrent scans (a pre-commit hook while the editor scans) read at the same time and write
  one after the other; a scan that cannot get the lock in time skips writing. One database
  rather than a file per entry: a scan of 1,000 files writes one transaction instead of 1,000
  atomic renames, and a torn write is impossible by construction (the journal).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from vigilint import __version__

CACHE_DIR = Path(".vigilint") / "cache"
DATABASE = "scan.sqlite3"
SCHEMA = 1
BUSY_TIMEOUT_MS = 3000


@dataclass(frozen=True)
class Cached:
    """One file's stored analysis (findings already redacted)."""

    findings: list[Any]  # list[vigilint.model.Finding]
    notices: list[str]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Version and the size and modification time of every file of the installed package: a
    development checkout whose rules change gets a new cache, a release keeps one."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):  # code and data (models, name indexes, lexicons)
            try:
                stat = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            rel = os.path.relpath(os.path.join(folder, name), root)
            digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode(
                "utf-8", "surrogatepass"))
    return digest.hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def file_key(salt: str, display: str, digest: str, dependencies: str = "") -> str:
    """The key of one file's analysis: salt, path, text hash and project dependencies."""
    return hashlib.sha256(f"{salt}\0{display}\0{digest}\0{dependencies}".encode(
        "utf-8", "surrogatepass")).hexdigest()


def settings_salt(settings_json: str) -> str:
    """Everything besides the file that decides its findings (see the module docstring)."""
    from vigilint.analyzers.secrets.redaction import fingerprint

    parts = (code_fingerprint(), fingerprint("vigilint scan cache"), settings_json)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class ScanCache:
    """The cache of one workspace. Every method fails soft: a miss, or nothing written."""

    def __init__(self, root: Path, salt: str) -> None:
        self.folder = root / CACHE_DIR
        self.path = self.folder / DATABASE
        self.salt = salt
        self._db: sqlite3.Connection | None = None
        self.problem = ""  # why the cache is off, when it is

    # -- opening ---------------------------------------------------------------------------
    def open(self) -> bool:
        """Open (or create) the database; a damaged one is deleted and created again."""
        for attempt in range(2):
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._ignore_file()
                self._db = self._connect()
                return True
            except sqlite3.DatabaseError as exc:
                self.close()
                if attempt == 0 and _damaged(exc):
                    self._delete()
                    continue
                self.problem = f"scan cache {self.path} not used ({exc})"
            except OSError as exc:
                self.problem = f"scan cache {self.path} not used ({exc.strerror or exc})"
            break
        self.close()
        return False

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                             isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version != SCHEMA:
                db.execute("BEGIN IMMEDIATE")
                db.execute("DROP TABLE IF EXISTS results")
                db.execute("DROP TABLE IF EXISTS meta")
                db.execute("CREATE TABLE results (path TEXT PRIMARY KEY, key TEXT NOT NULL, "
                           "payload TEXT NOT NULL)")
                db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, key TEXT NOT NULL, "
                           "payload TEXT NOT NULL)")
                db.execute(f"PRAGMA user_version = {SCHEMA}")
                db.execute("COMMIT")
            # a page that is not a b-tree page shows up here rather than mid-scan
            db.execute("SELECT count(*) FROM results WHERE path = ''").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _ignore_file(self) -> None:
        """A `.gitignore` in `.vigilint/cache` so that the cache is never committed."""
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n", encoding="utf-8")

    def _delete(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.path}{suffix}")

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    # -- files -----------------------------------------------------------------------------
    def lookup_many(self, wanted: Sequence[tuple[str, str]]) -> dict[str, Cached]:
        """The stored analyses of the `(display, key)` pairs stored under those keys (one
        query per batch of paths)."""
        found: dict[str, Cached] = {}
        if self._db is None or not wanted:
            return found
        keys = dict(wanted)
        names = list(keys)
        try:
            for start in range(0, len(names), 500):
                batch = names[start:start + 500]
                marks = ",".join("?" * len(batch))
                for path, key, payload in self._db.execute(
                        f"SELECT path, key, payload FROM results WHERE path IN ({marks})",  # noqa: S608 (placeholders only)
                        batch):
                    if keys.get(path) == key:
                        cached = _decode(payload, path)
                        if cached is not None:
                            found[path] = cached
        except sqlite3.Error as exc:
            if isinstance(exc, sqlite3.DatabaseError) and _damaged(exc):
                # deleted now, created again by the next scan
                self.close()
                self._delete()
            return {}
        return found

    def store(self, entries: Iterable[tuple[str, str, list[Any], list[str]]]) -> None:
        """Store `(display, key, findings, notices)` rows in one transaction (redacted on the
        way in)."""
        from vigilint.analyzers.secrets.redaction import redact_finding, redact_text

        if self._db is None:
            return
        rows = [(display, key, json.dumps({
                    "findings": [redact_finding(f).model_dump(mode="json") for f in findings],
                    "notices": [redact_text(n) for n in notices]}, separators=(",", ":")))
                for display, key, findings, notices in entries]
        if rows:
            self._write("INSERT OR REPLACE INTO results (path, key, payload) VALUES (?, ?, ?)",
                        rows)

    # -- project-wide records (the dataflow summaries) ------------------------------------
    def meta(self, name: str, key: str) -> Any:
        """The JSON value stored as `name` under `key`, or None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT key, payload FROM meta WHERE name = ?",
                                   (name,)).fetchone()
            if row is None or row[0] != key:
                return None
            return json.loads(row[1])
        except (sqlite3.Error, ValueError):
            return None

    def store_meta(self, name: str, key: str, value: Any) -> None:
        if self._db is not None:
            self._write("INSERT OR REPLACE INTO meta (name, key, payload) VALUES (?, ?, ?)",
                        [(name, key, json.dumps(value, separators=(",", ":")))])

    def _write(self, sql: str, rows: list[tuple[str, str, str]]) -> None:
        assert self._db is not None
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return  # another scan holds the lock for too long: leave this run uncached
        try:
            self._db.executemany(sql, rows)
            self._db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("not a database", "malformed", "corrupt",
                                         "disk image", "no such table", "file is not"))


def _decode(payload: str, display: str) -> Cached | None:
    """A stored row read back, or None (a miss) when it is not exactly what was stored."""
    from vigilint.model import Finding

    try:
        data = json.loads(payload)
        findings = [Finding.model_validate(f) for f in data["findings"]]
        notices = data["notices"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(notices, list) or not all(isinstance(n, str) for n in notices):
        return None
    if any(f.path != display for f in findings):
        return None
    return Cached(findings, notices)
