"""Apply fixes to text."""

from __future__ import annotations

from collections.abc import Iterable

from vigilint.model import Edit, Fix


def _offset(lines: list[str], starts: list[int], line: int, column: int) -> int:
    row = min(max(line - 1, 0), len(lines) - 1)
    return starts[row] + min(column - 1, len(lines[row]))


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (positions in the original text); an edit that overlaps
    one already taken is skipped."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = sorted(
        ((_offset(lines, starts, e.line, e.column), _offset(lines, starts, e.end_line,
                                                            e.end_column), e.new_text)
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


def apply_fixes(text: str, fixes: Iterable[Fix]) -> str:
    """Apply every fix whose edits do not overlap an earlier fix's."""
    taken: list[Edit] = []
    claimed: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for fix in fixes:
        ranges = [((e.line, e.column), (e.end_line, e.end_column)) for e in fix.edits]
        if any(not (b_end <= a_start or a_end <= b_start)
               for a_start, a_end in ranges for b_start, b_end in claimed
               if not (a_start == a_end == b_start == b_end)):
            continue
        claimed.extend(ranges)
        taken.extend(fix.edits)
    return apply_edits(text, taken)
