"""Apply fixes to text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from vigilint.model import Edit, Fix

T = TypeVar("T")


def _offset(lines: list[str], starts: list[int], line: int, column: int) -> int:
    row = min(max(line - 1, 0), len(lines) - 1)
    return starts[row] + min(column - 1, len(lines[row]))


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (positions in the original text); an edit that overlaps
    one already taken is skipped, and an edit equal to one already taken (two fixes adding the
    same import) is applied once."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = sorted(
        dict.fromkeys((_offset(lines, starts, e.line, e.column),
                       _offset(lines, starts, e.end_line, e.end_column), e.new_text)
                      for e in edits),
        key=lambda s: (s[0], s[1]),
    )
    out: list[str] = []
    pos = 0
    for start, end, new_text in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new_text)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _range(edit: Edit) -> tuple[tuple[int, int], tuple[int, int]]:
    return (edit.line, edit.column), (edit.end_line, edit.end_column)


def compatible(items: Sequence[T], fix_of: Iterable[Fix]) -> tuple[list[T], list[T]]:
    """Split `items` (each with its fix, in `fix_of`'s order) into those whose edits can be
    applied together, first come first served, and those that overlap an earlier one. An
    edit equal to one already taken (the same import added twice) does not conflict."""
    taken: list[T] = []
    left: list[T] = []
    claimed: list[Edit] = []
    for item, fix in zip(items, fix_of, strict=True):
        clash = False
        for edit in fix.edits:
            if edit in claimed:
                continue
            a_start, a_end = _range(edit)
            for other in claimed:
                b_start, b_end = _range(other)
                if a_start == a_end == b_start == b_end:
                    continue
                if not (b_end <= a_start or a_end <= b_start):
                    clash = True
                    break
            if clash:
                break
        if clash:
            left.append(item)
            continue
        claimed.extend(fix.edits)
        taken.append(item)
    return taken, left


def apply_fixes(text: str, fixes: Iterable[Fix]) -> str:
    """Apply every fix whose edits do not overlap an earlier fix's."""
    fixes = list(fixes)
    taken, _ = compatible(fixes, fixes)
    return apply_edits(text, [edit for fix in taken for edit in fix.edits])
