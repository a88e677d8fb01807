"""Files an agent just wrote: record the written lines as AI-generated (provenance) and find
the security issues in them.

An adapter turns its agent's edit event into an `EditedFile` (the path and how to find the
written lines in the file as it is now); `record_edit` does the rest for every agent. It never
raises for bad input: the `EditOutcome` says what happened, and `failed` marks what the user
must hear about (the written lines were not checked or not recorded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigilint.workspace import OutsideWorkspaceError, find_workspace, relative_path

if TYPE_CHECKING:  # imported where used: a prompt hook needs none of them (start-up)
    from vigilint.model import Finding
    from vigilint.provenance.store import SqliteStore

Ranges = list[tuple[int, int]]


@dataclass
class EditedFile:
    """What an edit event says: the file, how to find the written lines in its current text,
    the tool and model that wrote them."""

    file_path: Any
    ranges_for: Callable[[str], Ranges]
    tool: str
    model: str | None = None
    cwd: str | None = None


@dataclass
class EditOutcome:
    """What an edit event recorded, and the findings in the written lines."""

    path: str | None = None
    ranges: Ranges = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    message: str = ""
    failed: bool = False
    recorded: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ranges": [{"start_line": a, "end_line": b} for a, b in self.ranges],
            "findings": [{"rule": f.rule, "priority": f.priority, "line": f.line,
                          "message": f.message,
                          "fix": None if f.fix is None else {"title": f.fix.title,
                                                             "safe": f.fix.safe}}
                         for f in self.findings],
            "message": self.message,
            "failed": self.failed,
            "recorded": self.recorded,
        }


def _runs(numbers: Iterable[int]) -> Ranges:
    runs: Ranges = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def lines_of(text: str, pieces: Sequence[str], every: bool = False) -> Ranges:
    """The 1-based line runs of `text` covered by each piece of new text (its first
    occurrence, or every one with `every`)."""
    covered: set[int] = set()
    for piece in pieces:
        piece = piece.strip("\n")
        if not piece.strip():
            continue
        start = 0
        while True:
            at = text.find(piece, start)
            if at < 0:
                break
            first = text.count("\n", 0, at) + 1
            covered.update(range(first, first + piece.count("\n") + 1))
            if not every:
                break
            start = at + len(piece)
    return _runs(covered)


def lines_from_patch(patch: Any) -> Ranges:
    """Added lines from Claude Code's `structuredPatch` hunks
    (`{newStart, lines: [" ctx", "-old", "+new"]}`)."""
    added: list[int] = []
    if not isinstance(patch, list):
        return []
    for hunk in patch:
        if not isinstance(hunk, Mapping) or not isinstance(hunk.get("newStart"), int):
            continue
        number = hunk["newStart"]
        lines = hunk.get("lines")
        for line in lines if isinstance(lines, list) else []:
            if not isinstance(line, str) or line.startswith("-") or line.startswith("\\"):
                continue
            if line.startswith("+"):
                added.append(number)
            number += 1
    return _runs(added)


def strings(items: Any, key: str) -> list[str]:
    """`items[i][key]` for each item that is an object with a string there."""
    if not isinstance(items, list):
        return []
    return [item[key] for item in items
            if isinstance(item, Mapping) and isinstance(item.get(key), str)]


def record_edit(edit: EditedFile, *, store: SqliteStore | None = None,
                now: datetime | None = None) -> EditOutcome:
    """Find the written lines, scan them, and record them as written by `edit.tool`."""
    from vigilint.provenance.store import StoreError

    file_path = edit.file_path
    if not isinstance(file_path, str) or not file_path:
        return EditOutcome(message="the edit event names no file, so the written code was not "
                                   "checked", failed=True)
    path = Path(file_path)
    if not path.is_absolute() and edit.cwd:
        path = Path(edit.cwd) / path
    workspace = store.workspace if store is not None and store.workspace else \
        find_workspace(path)
    display, why_unrecorded = file_path, ""
    if workspace is None:
        why_unrecorded = "it is not inside a workspace (no .git, .vigilint or pyproject.toml " \
                         "above it)"
    else:
        try:
            display = relative_path(workspace, path)
        except OutsideWorkspaceError as exc:
            why_unrecorded = str(exc)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return EditOutcome(display, message=f"{display}: can't read it ({exc.strerror}), so "
                                            "the written code was not checked", failed=True)
    runs = edit.ranges_for(text)
    if not runs:
        return EditOutcome(display, message=f"{display}: the written text was not found in "
                                            "the file (edited again since?), so it was not "
                                            "checked", failed=True)
    findings = _findings_in(display, text, runs)
    where = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in runs)
    failed = recorded = False
    if why_unrecorded:
        message = f"vigilint: checked {display} lines {where}; not recorded as AI-written: " \
                  f"{why_unrecorded}"
    else:
        assert workspace is not None
        try:
            _store_runs(workspace, display, text, runs, edit, store, now)
            recorded = True
            message = f"vigilint: recorded {display} lines {where} as written by {edit.tool}"
        except StoreError as exc:
            failed = True
            message = f"vigilint: checked {display} lines {where}; not recorded as AI-written: " \
                      f"{exc}"
    if findings:
        message += f"; {len(findings)} finding{'s' if len(findings) != 1 else ''} in them: " + \
            "; ".join(f"line {f.line} {f.rule} [{f.priority}] {f.message}" for f in findings)
        from vigilint.fixing import suggested_rewrites

        rewrites = suggested_rewrites(display, text, findings)
        if rewrites:
            message += "\nSuggested rewrites (each checked: it parses and removes the " \
                       "finding):\n" + rewrites
    return EditOutcome(display, runs, findings, message, failed, recorded)


def _store_runs(workspace: Path, rel: str, text: str, runs: Ranges, edit: EditedFile,
                store: SqliteStore | None, now: datetime | None) -> None:
    from vigilint.config import load_settings
    from vigilint.provenance.store import open_store

    lines = text.splitlines()
    owned = store is None
    try:
        if store is None:
            settings = load_settings(workspace).settings
            store = open_store(workspace,
                               store_prompt_text=settings.provenance.store_prompt_text)
        for start, end in runs:
            end = min(end, len(lines))
            store.record(rel, start, end, lines[start - 1:end], edit.tool, edit.model, now=now)
    finally:
        if owned and store is not None:
            store.close()


def _findings_in(rel: str, text: str, runs: Sequence[tuple[int, int]]) -> list[Finding]:
    from vigilint.analyzers.engine import Engine

    analysis = Engine().analyze(rel, text)
    return [f for f in analysis.findings if not f.suppressed
            and any(a <= f.line <= b for a, b in runs)]
