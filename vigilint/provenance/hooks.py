"""Provenance from AI agents' hook events: the lines an agent just wrote are recorded as
AI-written, and the findings in them are returned for the agent to see.

- Claude Code `PostToolUse` for `Edit`, `MultiEdit` and `Write`: `tool_input.file_path` and
  `new_string` / `edits[].new_string` / `content`. When `tool_response.structuredPatch` is
  there, its added lines are used; otherwise the new text is looked up in the file as it is now.
- Cursor `afterFileEdit`: `file_path` and `edits[{old_string, new_string}]`; `model` when sent.

`vigilint hook claude-code|cursor` (the prompt guard's command) routes these events here.
A handler never raises for bad input: it returns a `HookOutcome` whose `message` says what
happened (nothing recorded for a path outside the workspace, an unreadable file, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vigilint.config import load_settings
from vigilint.model import Finding
from vigilint.provenance.store import SqliteStore, StoreError, open_store
from vigilint.provenance.workspace import OutsideWorkspaceError, find_workspace, relative_path

CLAUDE_EDIT_TOOLS = ("Edit", "MultiEdit", "Write")


@dataclass
class HookOutcome:
    """What a hook event recorded, and the findings in the recorded lines."""

    path: str | None = None
    ranges: list[tuple[int, int]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    message: str = ""

    @property
    def recorded(self) -> bool:
        return bool(self.ranges)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ranges": [{"start_line": a, "end_line": b} for a, b in self.ranges],
            "findings": [{"rule": f.rule, "priority": f.priority, "line": f.line,
                          "message": f.message} for f in self.findings],
            "message": self.message,
        }


def _runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def lines_of(text: str, pieces: Sequence[str], every: bool = False) -> list[tuple[int, int]]:
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


def lines_from_patch(patch: Any) -> list[tuple[int, int]]:
    """Added lines from Claude Code's `structuredPatch` hunks
    (`{newStart, lines: [" ctx", "-old", "+new"]}`)."""
    added: list[int] = []
    if not isinstance(patch, list):
        return []
    for hunk in patch:
        if not isinstance(hunk, Mapping) or not isinstance(hunk.get("newStart"), int):
            continue
        number = hunk["newStart"]
        for line in hunk.get("lines") or []:
            if not isinstance(line, str) or line.startswith("-") or line.startswith("\\"):
                continue
            if line.startswith("+"):
                added.append(number)
            number += 1
    return _runs(added)


def _record(file_path: Any, ranges_for: Any, tool: str, model: str | None, *,
            cwd: str | None = None, store: SqliteStore | None = None,
            now: datetime | None = None) -> HookOutcome:
    if not isinstance(file_path, str) or not file_path:
        return HookOutcome(message="no file path in the hook event; nothing recorded")
    path = Path(file_path)
    if not path.is_absolute() and cwd:
        path = Path(cwd) / path
    workspace = store.workspace if store is not None and store.workspace else \
        find_workspace(path)
    if workspace is None:
        return HookOutcome(file_path, message=f"{file_path} is not inside a workspace (no "
                                               ".git, .vigilint or pyproject.toml above it); "
                                               "nothing recorded")
    try:
        rel = relative_path(workspace, path)
    except OutsideWorkspaceError as exc:
        return HookOutcome(file_path, message=f"{exc}; nothing recorded")
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return HookOutcome(rel, message=f"{rel}: can't read it ({exc.strerror}); nothing "
                                        "recorded")
    runs: list[tuple[int, int]] = ranges_for(text)
    if not runs:
        return HookOutcome(rel, message=f"{rel}: the edited text was not found in the file "
                                        "(edited again since?); nothing recorded")
    lines = text.splitlines()
    owned = store is None
    try:
        if store is None:
            settings = load_settings(workspace).settings
            store = open_store(workspace,
                               store_prompt_text=settings.provenance.store_prompt_text)
        for start, end in runs:
            end = min(end, len(lines))
            store.record(rel, start, end, lines[start - 1:end], tool, model, now=now)
    except StoreError as exc:
        return HookOutcome(rel, message=f"{exc}; nothing recorded")
    finally:
        if owned and store is not None:
            store.close()
    findings = _findings_in(rel, text, runs)
    where = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in runs)
    message = f"vigilint: recorded {rel} lines {where} as written by {tool}"
    if findings:
        message += f"; {len(findings)} finding{'s' if len(findings) != 1 else ''} in them: " + \
            "; ".join(f"line {f.line} {f.rule} [{f.priority}] {f.message}" for f in findings)
    return HookOutcome(rel, runs, findings, message)


def _findings_in(rel: str, text: str, runs: Sequence[tuple[int, int]]) -> list[Finding]:
    from vigilint.analyzers.engine import Engine

    analysis = Engine().analyze(rel, text)
    return [f for f in analysis.findings if not f.suppressed
            and any(a <= f.line <= b for a, b in runs)]


def record_from_claude_post_tool_use(payload: Mapping[str, Any], *,
                                     store: SqliteStore | None = None,
                                     now: datetime | None = None) -> HookOutcome:
    """Record the lines a Claude Code `Edit`/`MultiEdit`/`Write` just wrote."""
    tool_name = payload.get("tool_name")
    if tool_name not in CLAUDE_EDIT_TOOLS:
        return HookOutcome(message=f"tool {tool_name!r} does not write files; nothing recorded")
    tool_input = payload.get("tool_input") or {}
    if not isinstance(tool_input, Mapping):
        return HookOutcome(message="tool_input is not an object; nothing recorded")
    response = payload.get("tool_response")
    patch = response.get("structuredPatch") if isinstance(response, Mapping) else None

    def ranges_for(text: str) -> list[tuple[int, int]]:
        from_patch = lines_from_patch(patch)
        if from_patch:
            return from_patch
        if tool_name == "Write":
            return lines_of(text, [str(tool_input.get("content") or "")])
        if tool_name == "MultiEdit":
            edits = tool_input.get("edits") or []
            return lines_of(text, [str(e.get("new_string") or "") for e in edits
                                   if isinstance(e, Mapping)])
        return lines_of(text, [str(tool_input.get("new_string") or "")],
                        every=bool(tool_input.get("replace_all")))

    model = payload.get("model") if isinstance(payload.get("model"), str) else None
    return _record(tool_input.get("file_path"), ranges_for, "claude-code", model,
                   cwd=payload.get("cwd"), store=store, now=now)


def record_from_cursor_after_file_edit(payload: Mapping[str, Any], *,
                                       store: SqliteStore | None = None,
                                       now: datetime | None = None) -> HookOutcome:
    """Record the lines a Cursor agent edit just wrote."""
    edits = payload.get("edits") or []
    pieces = [str(e.get("new_string") or "") for e in edits if isinstance(e, Mapping)] \
        if isinstance(edits, list) else []
    roots = payload.get("workspace_roots")
    cwd = roots[0] if isinstance(roots, list) and roots and isinstance(roots[0], str) else None
    model = payload.get("model") if isinstance(payload.get("model"), str) else None
    return _record(payload.get("file_path"), lambda text: lines_of(text, pieces), "cursor",
                   model, cwd=cwd, store=store, now=now)


def claude_response(outcome: HookOutcome) -> dict[str, Any]:
    """Claude Code's PostToolUse answer: the findings in the code it just wrote go back to it
    as additional context (the edit has happened; nothing is blocked)."""
    if not outcome.findings:
        return {}
    return {"hookSpecificOutput": {"hookEventName": "PostToolUse",
                                   "additionalContext": outcome.message}}


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m vigilint.provenance.hooks claude-code|cursor`: the event JSON on stdin, the
    agent's answer on stdout. Always exits 0: provenance must never stop the agent."""
    import json
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    agent = args[0] if args else ""
    try:
        payload = json.loads(sys.stdin.read() or "{}")
    except json.JSONDecodeError as exc:
        print(f"vigilint: the hook event is not JSON ({exc.msg}); nothing recorded",
              file=sys.stderr)
        print("{}")
        return 0
    if not isinstance(payload, dict):
        payload = {}
    if agent == "claude-code":
        outcome = record_from_claude_post_tool_use(payload)
        answer = claude_response(outcome)
    elif agent == "cursor":
        outcome = record_from_cursor_after_file_edit(payload)
        answer = {}  # afterFileEdit is fire-and-forget
    else:
        print("vigilint: usage: python -m vigilint.provenance.hooks claude-code|cursor",
              file=sys.stderr)
        print("{}")
        return 0
    if outcome.message:
        print(outcome.message, file=sys.stderr)
    print(json.dumps(answer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
