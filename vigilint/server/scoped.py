"""Scoped re-analysis after an edit: analyse only the top-level definitions the edit touched.

A full analysis of a large file costs time proportional to the file (hundreds of rules, taint
and crypto passes); typing changes one function. After an edit inside top-level definitions,
the engine runs on a *masked* copy of the text: the touched definitions, every top-level
statement that is not a definition (imports, constants) and the comments right above the touched
definitions, in their order, without the other lines; findings are then moved back to their
rows (lines are kept whole, so columns do not change).
Findings of the untouched definitions are carried over from the last full-or-scoped result,
their lines shifted by the edits. A full analysis follows when the document is idle, and its
result replaces the scoped one for the same version.

Edits outside definitions (imports, module-level code), and languages without this structure,
get a full analysis at once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from tree_sitter import Tree

from vigilint.model import Edit, Finding, Fix, RelatedLocation
from vigilint.server.positions import ByteEdit

# Top-level node kinds that are definitions, per language.
DEFINITIONS: dict[str, frozenset[str]] = {
    "python": frozenset({"function_definition", "class_definition", "decorated_definition"}),
    "javascript": frozenset({"function_declaration", "class_declaration",
                             "generator_function_declaration", "export_statement"}),
    "typescript": frozenset({"function_declaration", "class_declaration",
                             "generator_function_declaration", "export_statement",
                             "interface_declaration", "abstract_class_declaration"}),
    "tsx": frozenset({"function_declaration", "class_declaration",
                      "generator_function_declaration", "export_statement",
                      "interface_declaration", "abstract_class_declaration"}),
    "go": frozenset({"function_declaration", "method_declaration"}),
}
_COMMENTS = frozenset({"comment", "line_comment", "block_comment"})
MIN_LINES = 400  # below this a full analysis is cheap enough


@dataclass
class Plan:
    """What a scoped analysis keeps: 0-based rows of the new text."""

    kept_rows: set[int]
    frozen: list[tuple[int, int]]  # (first row, last row) of untouched definitions


def dirty_ranges(edits: Sequence[ByteEdit]) -> list[tuple[int, int]]:
    """Byte ranges of the current text written by `edits` (applied in order)."""
    ranges: list[tuple[int, int]] = []
    for edit in edits:
        delta = edit.new_end_byte - edit.old_end_byte
        moved: list[tuple[int, int]] = []
        start, end = edit.start_byte, edit.new_end_byte
        for a, b in ranges:
            if a >= edit.old_end_byte:
                moved.append((a + delta, b + delta))
            elif b < edit.start_byte:
                moved.append((a, b))
            else:  # overlaps the edit: merge into it
                start = min(start, a)
                end = max(end, b + delta if b >= edit.old_end_byte else end)
        moved.append((start, end))
        ranges = moved
    return ranges


def plan(language: str, tree: Tree, edits: Sequence[ByteEdit]) -> Plan | None:
    """The rows to analyse again, or None when a full analysis is needed."""
    kinds = DEFINITIONS.get(language)
    if kinds is None or not edits:
        return None
    root = tree.root_node
    if root.end_point[0] < MIN_LINES:
        return None
    dirty = dirty_ranges(edits)
    children = root.children
    starts = [node.start_byte for node in children]
    touched: set[int] = set()
    for start, end in dirty:
        first = max(bisect_right(starts, start) - 1, 0)
        inside = [i for i in range(first, bisect_right(starts, end))
                  if children[i].start_byte <= end and start <= children[i].end_byte]
        if not inside or any(children[i].type not in kinds for i in inside):
            return None  # an edit outside definitions: imports, constants, module code
        if start < children[inside[0]].start_byte or end > children[inside[-1]].end_byte:
            return None
        touched.update(inside)
    kept: set[int] = set()
    frozen: list[tuple[int, int]] = []
    for i, node in enumerate(children):
        rows = range(node.start_point[0], node.end_point[0] + 1)
        if i in touched:
            kept.update(rows)
            j = i - 1
            while j >= 0 and children[j].type in _COMMENTS:  # suppressions above a def
                kept.update(range(children[j].start_point[0], children[j].end_point[0] + 1))
                j -= 1
        elif node.type in kinds:
            frozen.append((node.start_point[0], node.end_point[0]))
        else:
            kept.update(rows)
    # A row shared by a kept node and a frozen one (`a(); function b() {}`) is analysed again.
    frozen = [(a, b) for a, b in frozen if a not in kept and b not in kept]
    return Plan(kept, frozen)


def masked_text(lines: Sequence[str], kept_rows: set[int]) -> tuple[str, list[int]]:
    """The rows in `kept_rows` of a text split into `lines` (each with its terminator, rows
    counted at `\n`), in order, and the original row of each: the engine then works in
    proportion to the code kept, not to the file."""
    rows = sorted(r for r in kept_rows if r < len(lines))
    return "".join(lines[r] for r in rows), rows


def restore_rows(findings: Sequence[Finding], rows: list[int]) -> list[Finding]:
    """Findings of the masked text moved back to their rows in the full text."""

    def row(line: int) -> int:
        return rows[min(max(line - 1, 0), len(rows) - 1)] + 1

    out = []
    for finding in findings:
        fix = finding.fix
        if fix is not None:
            fix = Fix(title=fix.title, safe=fix.safe, edits=tuple(
                Edit(line=row(e.line), column=e.column, end_line=row(e.end_line),
                     end_column=e.end_column, new_text=e.new_text) for e in fix.edits))
        suppression = finding.suppression
        if suppression is not None:
            suppression = suppression.model_copy(update={"line": row(suppression.line)})
        related = tuple(
            r.model_copy(update={"line": row(r.line), "end_line": row(r.end_line)})
            if r.path == finding.path else r for r in finding.related)
        out.append(finding.model_copy(update={
            "line": row(finding.line), "end_line": row(finding.end_line), "fix": fix,
            "suppression": suppression, "related": related}))
    return out


def shift_row(row: int, edits: Sequence[ByteEdit]) -> int | None:
    """The row (0-based) in the edited text of a row of the old text, or None when an edit
    touched it."""
    for edit in edits:
        if row > edit.old_end_point[0]:
            row += edit.new_end_point[0] - edit.old_end_point[0]
        elif row >= edit.start_point[0]:
            return None
    return row


def _shift_finding(finding: Finding, edits: Sequence[ByteEdit]) -> Finding | None:
    start = shift_row(finding.line - 1, edits)
    end = shift_row(finding.end_line - 1, edits)
    if start is None or end is None:
        return None
    delta = start - (finding.line - 1)
    related = _shift_related(finding, edits)
    if delta == 0 and related == finding.related:
        return finding
    fix = finding.fix
    if fix is not None:
        fix = Fix(title=fix.title, safe=fix.safe, edits=tuple(
            Edit(line=e.line + delta, column=e.column, end_line=e.end_line + delta,
                 end_column=e.end_column, new_text=e.new_text) for e in fix.edits))
    suppression = finding.suppression
    if suppression is not None:
        suppression = suppression.model_copy(update={"line": suppression.line + delta})
    return finding.model_copy(update={"line": finding.line + delta,
                                      "end_line": finding.end_line + delta, "fix": fix,
                                      "suppression": suppression,
                                      "related": related})


def _shift_related(finding: Finding, edits: Sequence[ByteEdit]) -> tuple[RelatedLocation, ...]:
    """The related locations in the finding's own file moved with the edits (one an edit
    touched is dropped: what it pointed at may be gone)."""
    out = []
    for related in finding.related:
        if related.path != finding.path:
            out.append(related)
            continue
        start = shift_row(related.line - 1, edits)
        end = shift_row(related.end_line - 1, edits)
        if start is not None and end is not None:
            out.append(related.model_copy(update={"line": start + 1, "end_line": end + 1}))
    return tuple(out)


def _row_of(node_rows: list[tuple[int, int]], row: int) -> bool:
    return any(a <= row <= b for a, b in node_rows)


def carried(old: Sequence[Finding], edits: Sequence[ByteEdit],
            the_plan: Plan) -> list[Finding]:
    """Findings of the untouched definitions, moved to their rows in the edited text."""
    out = []
    for finding in old:
        moved = _shift_finding(finding, edits)
        if moved is None:
            continue
        if _row_of(the_plan.frozen, moved.line - 1) and _row_of(the_plan.frozen,
                                                                moved.end_line - 1):
            out.append(moved)
    return out

