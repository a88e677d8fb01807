"""An in-memory `ProvenanceStore`: the language server's fallback when the SQLite store of
`vigilint.provenance` is not available (or no workspace folder is writable).

Ranges are re-anchored by content: a recorded block is looked for at its old place first
("exact"), then anywhere in the file ("re-anchored"); a block that no longer appears keeps
the lines that still match at its old place ("inferred").
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from vigilint.provenance.api import AttributedRange


def _digest(lines: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(line.rstrip() for line in lines)
                          .encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class _Record:
    range: AttributedRange
    lines: tuple[str, ...]
    digest: str


class MemoryStore:
    """Implements `vigilint.provenance.api.ProvenanceStore` in memory (thread-safe)."""

    def __init__(self) -> None:
        self._records: dict[str, list[_Record]] = {}
        self._lock = threading.Lock()
        self._next_id = 1

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
    ) -> AttributedRange:
        with self._lock:
            attributed = AttributedRange(
                path=path, start_line=start_line, end_line=end_line, tool=tool, model=model,
                accepted_at=accepted_at or datetime.now(UTC),
                status="inferred" if inferred else "exact", record_id=self._next_id,
                inferred=inferred)
            self._next_id += 1
            self._records.setdefault(path, []).append(
                _Record(attributed, tuple(lines), _digest(lines)))
            return attributed

    def ranges(self, path: str, current_lines: Sequence[str]) -> list[AttributedRange]:
        with self._lock:
            records = list(self._records.get(path, ()))
        out = []
        for rec in records:
            found = self._anchor(rec, current_lines)
            if found is not None:
                out.append(found)
        return out

    @staticmethod
    def _anchor(rec: _Record, current: Sequence[str]) -> AttributedRange | None:
        size = len(rec.lines)
        if size == 0:
            return None
        start = rec.range.start_line
        window = current[start - 1:start - 1 + size]
        if len(window) == size and _digest(window) == rec.digest:
            return replace(rec.range, status="inferred" if rec.range.inferred else "exact")
        first = rec.lines[0].rstrip()
        for index, line in enumerate(current):
            if line.rstrip() == first and _digest(current[index:index + size]) == rec.digest:
                return replace(rec.range, start_line=index + 1, end_line=index + size,
                               status="re-anchored")
        # Edited since: keep what still matches at the old place.
        same = [i for i, line in enumerate(rec.lines)
                if start - 1 + i < len(current) and current[start - 1 + i].rstrip() == line.rstrip()]
        if not same or len(same) * 2 < size:
            return None
        return replace(rec.range, start_line=start + same[0], end_line=start + same[-1],
                       status="inferred")
