"""The server's side of provenance: where accepted AI code is recorded, and the message the
user sees when accepted code lands in a sensitive context or carries findings.

The SQLite store of `vigilint.provenance` is imported lazily and opened in the workspace the
first time something is recorded (lookups never create the database). Without it, or for files
outside the workspace, an in-memory store with the same interface keeps the records for the
session.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vigilint.analyzers.sensitivity import SecurityContext, tier_of
from vigilint.model import Finding
from vigilint.provenance.api import AttributedRange, ProvenanceStore
from vigilint.server.memory_store import MemoryStore

log = logging.getLogger(__name__)


def _store_module() -> Any | None:
    try:
        return importlib.import_module("vigilint.provenance.store")
    except ImportError:
        return None


class ProvenanceService:
    def __init__(self) -> None:
        self.root: Path | None = None
        self.memory: ProvenanceStore = MemoryStore()
        self._sqlite: Any | None = None
        self._lock = threading.Lock()
        self.store_prompt_text = False

    def set_root(self, root: Path | None) -> None:
        with self._lock:
            self.root = root
            self._sqlite = None

    def _open(self, create: bool) -> Any | None:
        if self.root is None:
            return None
        with self._lock:
            if self._sqlite is not None:
                return self._sqlite
            module = _store_module()
            if module is None or not hasattr(module, "open_store"):
                return None
            try:
                self._sqlite = module.open_store(self.root, create=create,
                                                 store_prompt_text=self.store_prompt_text)
            except Exception as exc:  # no database yet, read-only folder, newer schema...
                if create:
                    log.warning("provenance store unavailable: %s", exc)
                return None
            return self._sqlite

    def record(self, path: str, start_line: int, end_line: int, lines: Sequence[str],
               tool: str, model: str | None = None, inferred: bool = False,
               prompt_hash: str | None = None) -> tuple[AttributedRange, str]:
        """Record a range; returns it and where it was stored ("workspace" or "session")."""
        store = self._open(create=True)
        if store is not None:
            try:
                return store.record(path, start_line, end_line, lines, tool, model=model,
                                    prompt_hash=prompt_hash, inferred=inferred), "workspace"
            except ValueError as exc:  # outside the workspace, among others
                log.info("recording in memory: %s", exc)
        return self.memory.record(path, start_line, end_line, lines, tool, model=model,
                                  prompt_hash=prompt_hash, inferred=inferred), "session"

    def ranges_blocking(self, path: str, lines: Sequence[str]) -> list[AttributedRange]:
        """AI ranges of `path` from both stores (called from worker threads)."""
        out = list(self.memory.ranges(path, lines))
        store = self._open(create=False)
        if store is not None:
            with contextlib.suppress(ValueError):  # outside the workspace
                out.extend(store.ranges(path, lines))
        return out

    def close(self) -> None:
        with self._lock:
            if self._sqlite is not None and hasattr(self._sqlite, "close"):
                try:
                    self._sqlite.close()
                except Exception:
                    log.debug("closing the provenance store failed")
            self._sqlite = None


def acceptance_message(path: str, start_line: int, end_line: int, tool: str,
                       contexts: list[SecurityContext], findings: list[Finding],
                       inferred: bool = False) -> str | None:
    """What the user is told after accepting AI code, or None when there is nothing to say
    (Tier 1 context and no findings)."""
    tier = tier_of(contexts)
    if tier < 2 and not findings:
        return None
    lines = f"line {start_line}" if start_line == end_line else f"lines {start_line}-{end_line}"
    what = "Likely AI-written code" if inferred else f"Accepted AI code from {tool}"
    parts = [f"{what} in {Path(path).name} ({lines})"]
    if contexts:
        domains = ", ".join(c.label for c in contexts[:4])
        parts.append(f"is in a Tier {tier} context ({domains})")
    else:
        parts.append(f"is in a Tier {tier} context")
    text = " ".join(parts) + "."
    if findings:
        listed = "; ".join(f"{f.priority} {f.rule} at line {f.line}" for f in findings[:5])
        more = f" and {len(findings) - 5} more" if len(findings) > 5 else ""
        text += f" Findings inside it: {listed}{more}."
    else:
        text += " No findings inside it."
    if tier >= 3:
        text += " Tier 3 AI code needs a security champion's review before merging."
    return text
