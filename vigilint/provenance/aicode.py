"""The AI-written ranges of scanned files, as a ledger sync records them (`AiRange`): each
provenance record re-anchored to the file as it is now, with the record's tool, model,
acceptance time and content hash. Records whose lines are gone are left out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vigilint.provenance.api import AttributedRange
from vigilint.provenance.recorder import AiRange
from vigilint.provenance.store import SqliteStore


def ai_ranges(store: SqliteStore, paths: Iterable[str], workspace: Path) -> list[AiRange]:
    """AI ranges of the workspace-relative `paths` that have provenance records."""
    recorded = set(store.paths())
    out: list[AiRange] = []
    for rel in sorted(set(paths) & recorded):
        try:
            lines = (workspace / rel).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        hashes = {r.id: r.content_hash for r in store.records(rel)}
        pieces: dict[int | None, list[AttributedRange]] = {}
        for found in store.ranges(rel, lines):
            pieces.setdefault(found.record_id, []).append(found)
        for record_id, parts in pieces.items():  # a record split by edits is still one record
            first = parts[0]
            out.append(AiRange(
                path=rel, start_line=min(p.start_line for p in parts),
                end_line=max(p.end_line for p in parts), tool=first.tool, model=first.model,
                accepted_at=first.accepted_at, content_hash=hashes.get(record_id or -1, ""),
                lines=sum(p.end_line - p.start_line + 1 for p in parts)))
    return out
