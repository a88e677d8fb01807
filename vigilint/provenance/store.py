"""The SQLite store behind `vigilint.provenance.api`: provenance records and the findings
ledger in `<workspace>/.vigilint/vigilint.db`.

The database runs in WAL mode with a busy timeout, so the language server and the CLI can
write at the same time; every write is one short `BEGIN IMMEDIATE` transaction. The schema is
versioned with `PRAGMA user_version` and migrated forward on open by the numbered SQL files
in `migrations/sqlite/`. A database that is corrupt,
locked for too long or written by a newer vigilint raises `StoreError`, whose message is a
sentence the caller can show as it is.

Nothing secret is stored: accepted lines are kept as hashes of their normalised text, prompts
as a hash unless `provenance.store_prompt_text` is set, findings by fingerprint with their
already-redacted snippet.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from vigilint import gitutil
from vigilint.provenance import migrations
from vigilint.provenance.anchor import content_hash, line_hashes, locate, matcher_for
from vigilint.provenance.api import AttributedRange, Status
from vigilint.workspace import (
    OutsideWorkspaceError,
    db_path,
    relative_path,
    state_dir,
)

BUSY_TIMEOUT_S = 5.0

# The schema is migrated by the numbered files in `migrations/sqlite/` (one transaction each).
SCHEMA_VERSION = migrations.latest("sqlite")


class StoreError(RuntimeError):
    """The database can't be used; the message says why and what to do."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """UTC ISO 8601 to the second: sorts as text, reads as a time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def from_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def hash_prompt(text: str) -> str:
    """The hash stored for a prompt (the prompt itself is kept only when opted in)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ProvenanceRecord:
    """One accepted AI completion as stored."""

    id: int
    path: str
    start_line: int
    end_line: int
    line_hashes: tuple[str, ...]
    content_hash: str
    tool: str
    model: str | None
    prompt_hash: str | None
    accepted_at: datetime
    author_name: str | None
    author_email: str | None
    inferred: bool
    prompt_text: str | None = None


def describe_error(exc: sqlite3.Error, where: Path | str) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (f"the vigilint database {where} is locked by another process (waited "
                f"{BUSY_TIMEOUT_S:g}s); try again when it has finished")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (f"the vigilint database {where} is damaged ({exc}); move it aside (vigilint "
                "starts a new one) or restore it from a backup")
    if "readonly" in text or "unable to open" in text or "disk i/o" in text:
        return f"the vigilint database {where} can't be written ({exc})"
    return f"the vigilint database {where} failed: {exc}"


class SqliteStore:
    """Provenance records and the findings ledger in one SQLite database.

    `workspace` anchors relative paths (None: paths are taken as given, for the memory store).
    Every method is thread-safe; separate processes coordinate through SQLite's locking.
    """

    def __init__(self, database: Path | str, workspace: Path | None = None, *,
                 store_prompt_text: bool = False, timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = database
        self.workspace = workspace
        self.store_prompt_text = store_prompt_text
        self._lock = threading.RLock()
        self._author: tuple[str | None, str | None] | None = None
        try:
            self._db = sqlite3.connect(str(database), timeout=timeout, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(describe_error(exc, database)) from exc
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if str(database) != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as exc:
            self._db.close()
            raise StoreError(describe_error(exc, database)) from exc
        except StoreError:
            self._db.close()
            raise

    # -- plumbing ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the vigilint database {self.path} was written by a newer vigilint (schema "
                f"{version}, this one knows {SCHEMA_VERSION}); upgrade vigilint to use it")
        while version < SCHEMA_VERSION:
            with self.transaction() as db:
                # Another process may have migrated while we waited for the lock.
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                if version >= SCHEMA_VERSION:
                    break
                for statement in migrations.migrations("sqlite")[version].statements():
                    db.execute(statement)
                version += 1
                db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: the write lock is taken up front, so two
        writers wait for each other instead of deadlocking)."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(describe_error(exc, self.path)) from exc
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                try:
                    self._db.execute("COMMIT")
                except sqlite3.Error as exc:
                    raise StoreError(describe_error(exc, self.path)) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cursor = self._db.execute(sql, params)
                cursor.row_factory = sqlite3.Row
                return list(cursor.fetchall())
            except sqlite3.Error as exc:
                raise StoreError(describe_error(exc, self.path)) from exc

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def relative(self, path: str | Path) -> str:
        """The stored form of `path` (workspace-relative); OutsideWorkspaceError if outside."""
        if self.workspace is None:
            return Path(path).as_posix()
        return relative_path(self.workspace, path)

    def author(self) -> tuple[str | None, str | None]:
        if self._author is None:
            self._author = gitutil.author(self.workspace) if self.workspace else (None, None)
        return self._author

    # -- provenance ---------------------------------------------------------------------------
    def record(
        self,
        path: str,
        start_line: int,
        end_line: int,
        lines: Sequence[str],
        tool: str,
        model: str | None = None,
        prompt_hash: str | None = None,
        inferred: bool = False,
        accepted_at: datetime | None = None,
        *,
        prompt_text: str | None = None,
        author: tuple[str | None, str | None] | None = None,
        now: datetime | None = None,
    ) -> AttributedRange:
        """Store that `lines` (the text of start_line..end_line now) were accepted from `tool`.

        `prompt_text` is hashed; the text itself is kept only when the store was opened with
        `store_prompt_text`."""
        if not tool or not tool.strip():
            raise ValueError("a provenance record needs the AI tool's name (e.g. copilot)")
        if start_line < 1 or end_line < start_line:
            raise ValueError(f"lines {start_line}-{end_line} are not a range of lines "
                             "(1-based, start <= end)")
        if len(lines) != end_line - start_line + 1:
            raise ValueError(f"lines {start_line}-{end_line} are {end_line - start_line + 1} "
                             f"lines but {len(lines)} were given")
        stored_path = self.relative(path)
        moment = now or utcnow()
        accepted = accepted_at or moment
        if prompt_text is not None and prompt_hash is None:
            prompt_hash = hash_prompt(prompt_text)
        kept_prompt = prompt_text if self.store_prompt_text else None
        name, email = author if author is not None else self.author()
        hashes = line_hashes(lines)
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO provenance (path, start_line, end_line, line_hashes, content_hash,"
                " tool, model, prompt_hash, prompt_text, inferred, accepted_at, author_name,"
                " author_email, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (stored_path, start_line, end_line, json.dumps(hashes), content_hash(lines),
                 tool.strip(), model, prompt_hash, kept_prompt, int(inferred),
                 to_text(accepted), name, email, to_text(moment)))
            record_id = cursor.lastrowid
        return AttributedRange(path=path, start_line=start_line, end_line=end_line,
                               tool=tool.strip(), model=model, accepted_at=from_text(
                                   to_text(accepted)),
                               status="inferred" if inferred else "exact",
                               record_id=record_id, inferred=inferred)

    def add_record(self, path: str, start_line: int, hashes: Sequence[str], range_hash: str,
                   tool: str, model: str | None, accepted_at: datetime,
                   author: tuple[str | None, str | None] = (None, None),
                   prompt: str | None = None, inferred: bool = False,
                   now: datetime | None = None) -> int | None:
        """Store a record known by its line hashes (imports). Returns None when an identical
        record is already stored, so importing twice adds nothing."""
        stored_path = self.relative(path)
        end_line = start_line + len(hashes) - 1
        with self.transaction() as db:
            same = db.execute(
                "SELECT id FROM provenance WHERE path=? AND tool=? AND accepted_at=? AND "
                "line_hashes=?",
                (stored_path, tool, to_text(accepted_at), json.dumps(list(hashes)))).fetchone()
            if same is not None:
                return None
            cursor = db.execute(
                "INSERT INTO provenance (path, start_line, end_line, line_hashes, content_hash,"
                " tool, model, prompt_hash, inferred, accepted_at, author_name, author_email,"
                " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (stored_path, start_line, end_line, json.dumps(list(hashes)), range_hash, tool,
                 model, prompt, int(inferred), to_text(accepted_at), author[0], author[1],
                 to_text(now or utcnow())))
            return cursor.lastrowid

    def records(self, path: str | None = None) -> list[ProvenanceRecord]:
        """Stored records, of one file or all, oldest first."""
        if path is None:
            rows = self.query("SELECT * FROM provenance ORDER BY path, accepted_at, id")
        else:
            rows = self.query("SELECT * FROM provenance WHERE path=? ORDER BY accepted_at, id",
                              (self.relative(path),))
        return [ProvenanceRecord(
            id=r["id"], path=r["path"], start_line=r["start_line"], end_line=r["end_line"],
            line_hashes=tuple(json.loads(r["line_hashes"])), content_hash=r["content_hash"],
            tool=r["tool"], model=r["model"], prompt_hash=r["prompt_hash"],
            accepted_at=from_text(r["accepted_at"]), author_name=r["author_name"],
            author_email=r["author_email"], inferred=bool(r["inferred"]),
            prompt_text=r["prompt_text"]) for r in rows]

    def paths(self) -> list[str]:
        return [r["path"] for r in self.query("SELECT DISTINCT path FROM provenance ORDER BY 1")]

    def blame(self, path: str, current_lines: Sequence[str]) -> list[AttributedRange]:
        """Every record of `path` placed in `current_lines`: the ranges it still covers
        (status exact, or inferred for a heuristic record in place, or re-anchored) and, for records none of whose lines are left, one
        entry with status "lost" at the recorded lines."""
        try:
            records = self.records(path)
        except OutsideWorkspaceError:
            return []
        current = line_hashes(current_lines)
        matcher: SequenceMatcher[str] | None = None  # built once, and only if needed
        out: list[AttributedRange] = []
        for record in records:
            begin, size = record.start_line - 1, len(record.line_hashes)
            if matcher is None and tuple(current[begin:begin + size]) != record.line_hashes:
                matcher = matcher_for(current)
            anchors = locate(record.line_hashes, record.start_line, current, current_lines,
                             matcher)
            base = AttributedRange(path=path, start_line=record.start_line,
                                   end_line=record.end_line, tool=record.tool,
                                   model=record.model, accepted_at=record.accepted_at,
                                   status="lost", record_id=record.id,
                                   inferred=record.inferred)
            if not anchors:
                out.append(base)
            for anchor in anchors:
                status: Status = "re-anchored"
                if anchor.exact:
                    status = "inferred" if record.inferred else "exact"
                out.append(replace(base, start_line=anchor.start_line, end_line=anchor.end_line,
                                   status=status))
        out.sort(key=lambda r: (r.start_line, -r.accepted_at.timestamp()))
        return out

    def ranges(self, path: str, current_lines: Sequence[str]) -> list[AttributedRange]:
        """The AI-written ranges of `path`, re-anchored to `current_lines` by content hash."""
        return [r for r in self.blame(path, current_lines) if r.status != "lost"]

    def shift(self, path: str, start_line: int, removed_lines: int, added_lines: int) -> int:
        """Move records after an edit made in the editor: at `start_line` (1-based),
        `removed_lines` lines were replaced by `added_lines` lines. Records below move by the
        difference; a record the edit falls inside grows or shrinks with it (its changed lines
        are then recognised, or not, by content hash). Returns how many records moved."""
        delta = added_lines - removed_lines
        if delta == 0:
            return 0
        try:
            stored_path = self.relative(path)
        except OutsideWorkspaceError:
            return 0
        edit_end = start_line + removed_lines  # first line after the replaced ones
        first_below = edit_end if removed_lines else start_line
        with self.transaction() as db:
            # Records the edit falls inside first, by their positions before the edit.
            inside = db.execute(
                "UPDATE provenance SET end_line = MAX(start_line, end_line + ?) "
                "WHERE path = ? AND start_line < ? AND end_line >= ?",
                (delta, stored_path, first_below, start_line))
            below = db.execute(
                "UPDATE provenance SET start_line = start_line + ?, end_line = end_line + ? "
                "WHERE path = ? AND start_line >= ?",
                (delta, delta, stored_path, first_below))
            return int(below.rowcount + inside.rowcount)

    def forget(self, path: str) -> int:
        """Drop every record of `path` (e.g. the file was deleted)."""
        with self.transaction() as db:
            return int(db.execute("DELETE FROM provenance WHERE path=?",
                                  (self.relative(path),)).rowcount)


class MemoryStore(SqliteStore):
    """The same store in memory: for tests, and for a server whose workspace is read-only."""

    def __init__(self, workspace: Path | None = None, *, store_prompt_text: bool = False) -> None:
        super().__init__(":memory:", workspace, store_prompt_text=store_prompt_text)


def open_store(workspace: Path, *, create: bool = True, store_prompt_text: bool = False,
               timeout: float = BUSY_TIMEOUT_S) -> SqliteStore:
    """The workspace's store at `<workspace>/.vigilint/vigilint.db`.

    With `create=False` a missing database raises StoreError instead of being created (for
    read-only uses such as joining findings to provenance)."""
    database = db_path(workspace)
    if not database.exists():
        if not create:
            raise StoreError(f"no vigilint database at {database}")
        try:
            state_dir(workspace)
        except OSError as exc:
            raise StoreError(f"can't create {database.parent} ({exc.strerror})") from exc
    return SqliteStore(database, workspace, store_prompt_text=store_prompt_text,
                       timeout=timeout)
