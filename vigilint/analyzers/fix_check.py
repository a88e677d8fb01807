"""The fix gate: a fix is offered only when it is checked to work.

A finding's fix passes when the text with the fix applied
1. parses with no more syntax errors (tree-sitter ERROR and MISSING nodes) than before, and
2. re-analysed by the same engine (same rules, settings, categories and project summaries)
   no longer has that finding and has no finding the original text did not have.

Every surface (CLI, JSON, SARIF, the language server's code actions, the agent hooks, MCP)
gets its findings from `Engine.analyze`, which calls `verified` whenever a file's findings carry
fixes: a fix that fails is dropped from its finding and counted (`Analysis.fixes_rejected`).

Cost: the fixes of a file that can be applied together are checked together, with one
re-analysis; only when that group fails is it split in halves and each half checked again, so a
file with one broken fix among n costs about 2·log2(n) re-analyses, a file whose fixes all pass
one (or one per group of overlapping fixes). Files without fixes cost nothing.

Matching findings before and after: the edits move lines, so a finding of the fixed text is
matched to one of the original by rule and by its line mapped through the edits; a finding
inside an edited range maps to the edit's first line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from tree_sitter import Tree

from vigilint.analyzers.fixes import apply_edits, compatible
from vigilint.model import Edit, Finding, Fix

Reason = Literal["syntax", "not-removed", "new-finding"]

# A re-analysis of a fixed text: its findings and its tree (None for untyped text).
Reanalyze = Callable[[str], tuple[list[Finding], Tree | None]]


@dataclass(frozen=True)
class Rejection:
    """A fix that failed the check: which finding's, and why."""

    rule: str
    line: int
    title: str
    reason: Reason


def error_count(tree: Tree | None) -> int:
    """ERROR and MISSING nodes in a tree; only subtrees that hold an error are visited."""
    if tree is None or not tree.root_node.has_error:
        return 0
    count = 0
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            count += 1
        stack.extend(child for child in node.children if child.has_error or child.is_missing)
    return count


def _line_after(line: int, column: int, edits: Sequence[Edit]) -> int:
    """Where 1-based (line, column) lands once `edits` (sorted, non-overlapping) are applied."""
    delta = 0
    for edit in edits:
        if (edit.end_line, edit.end_column) <= (line, column):
            delta += edit.new_text.count("\n") - (edit.end_line - edit.line)
        elif (edit.line, edit.column) < (line, column):
            return edit.line + delta  # inside the edited range
        else:
            break
    return line + delta


def _edits_of(group: Sequence[Finding]) -> list[Edit]:
    edits: dict[Edit, None] = {}
    for finding in group:
        assert finding.fix is not None
        edits.update(dict.fromkeys(finding.fix.edits))
    return sorted(edits, key=lambda e: (e.line, e.column, e.end_line, e.end_column))


def _failure(text: str, before: int, findings: Sequence[Finding], group: Sequence[Finding],
             reanalyze: Reanalyze) -> tuple[Reason, int] | None:
    """Why applying `group`'s fixes together fails the check (and the line), or None."""
    edits = _edits_of(group)
    after, tree = reanalyze(apply_edits(text, edits))
    if error_count(tree) > before:
        return "syntax", group[0].line
    fixed = {id(f) for f in group}
    kept = Counter((f.rule, _line_after(f.line, f.column, edits))
                   for f in findings if id(f) not in fixed)
    removed = {(f.rule, _line_after(f.line, f.column, edits)): f.line for f in group}
    for finding in after:
        key = (finding.rule, finding.line)
        if kept[key] > 0:
            kept[key] -= 1
            continue
        if key in removed:
            return "not-removed", removed[key]
        return "new-finding", group[0].line
    return None


def verified(text: str, tree: Tree | None, findings: list[Finding],
             reanalyze: Reanalyze) -> tuple[list[Finding], list[Rejection]]:
    """`findings` with every fix that fails the check removed, and the rejections."""
    candidates = [f for f in findings if f.fix is not None]
    if not candidates:
        return findings, []
    before = error_count(tree)
    rejected: dict[int, Rejection] = {}

    def check(group: list[Finding]) -> None:
        failure = _failure(text, before, findings, group, reanalyze)
        if failure is None:
            return
        if len(group) == 1:
            fix = group[0].fix
            assert fix is not None
            rejected[id(group[0])] = Rejection(group[0].rule, group[0].line, fix.title,
                                               failure[0])
            return
        middle = len(group) // 2
        check(group[:middle])
        check(group[middle:])

    pending = candidates
    while pending:
        group, pending = compatible(pending, [_fix(f) for f in pending])
        check(group)
    if not rejected:
        return findings, []
    out = [f.model_copy(update={"fix": None}) if id(f) in rejected else f for f in findings]
    return out, list(rejected.values())


def _fix(finding: Finding) -> Fix:
    assert finding.fix is not None
    return finding.fix
