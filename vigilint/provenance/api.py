"""The provenance interface shared by the CLI, the language server and agent hooks.

Kept small on purpose so that a team-wide store can implement it later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol, runtime_checkable

from vigilint.model import Finding, Provenance

# "lost": the record's lines changed beyond recognition (only `SqliteStore.blame` returns these).
Status = Literal["exact", "re-anchored", "inferred", "lost"]


@dataclass(frozen=True)
class AttributedRange:
    """Lines of a file (1-based, inclusive, as the file is now) written by an AI tool."""

    path: str
    start_line: int
    end_line: int
    tool: str
    model: str | None
    accepted_at: datetime
    status: Status
    record_id: int | None = None
    inferred: bool = False


@runtime_checkable
class ProvenanceStore(Protocol):
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
        """Store that `lines` (the text of start_line..end_line now) were accepted from `tool`."""
        ...

    def ranges(self, path: str, current_lines: Sequence[str]) -> list[AttributedRange]:
        """The AI-written ranges of `path`, re-anchored to `current_lines` by content hash."""
        ...


def annotate(findings: Sequence[Finding], ranges: Sequence[AttributedRange]) -> list[Finding]:
    """Findings that fall inside an AI-written range carry its provenance."""
    if not ranges:
        return list(findings)
    out = []
    for finding in findings:
        hit = next((r for r in ranges if r.path == finding.path
                    and r.start_line <= finding.line <= r.end_line), None)
        if hit is not None:
            finding = finding.model_copy(update={"provenance": Provenance(
                ai_generated=True, tool=hit.tool, model=hit.model, inferred=hit.inferred)})
        out.append(finding)
    return out
