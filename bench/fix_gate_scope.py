"""What a fix gate scoped like the language server's edits could save: an upper bound.

    python bench/fix_gate_scope.py DIR [DIR ...]

The fix gate (analyzers/fix_check.py) analyses the fixed text of every file with a fix again,
whole. The language server re-analyses an edited document scoped (server/scoped.py): the
top-level groups the edit touched, their callers, callees and readers, every route/guard
group when one of them is touched, every statement; a full analysis when a file-level fact
line (an import, a decorator, a route registration...) changed. A fix is an edit: this
script runs that planner on each file's fix (the gate's first group: all compatible fixes
together, as `verified` checks them) with the planner's size limits lifted (`MIN_LINES` 0,
`MAX_SHARE` 1: the most scoping it could ever do) and reports

- how many fixes change a file-level fact (a full analysis is needed whatever the scoping),
- the share of the gated files' rows a scoped gate would still analyse.

Analysis cost grows with the rows analysed, so one minus that share bounds what a scoped
gate could save of the gate's CPU (less in fact: the masked analysis has its own costs). No
finding is compared here: whether the scoped analysis equals a full one is a separate
question, worth asking only where this bound is large.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fix_check import _edits_of
from vigilint.analyzers.fixes import apply_edits, compatible
from vigilint.analyzers.languages import language_for
from vigilint.model import Edit
from vigilint.scan_project import CODE_LANGUAGES
from vigilint.server import scoped
from vigilint.server.positions import ByteEdit


def _byte_edits(text: str, edits: list[Edit]) -> list[ByteEdit]:
    """The fix's edits as tree-sitter edits, last first (each then holds in the text the
    earlier ones left)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.encode("utf-8", "surrogatepass")) + 1)

    def point(line: int, column: int) -> tuple[int, tuple[int, int]]:
        row = min(max(line - 1, 0), len(lines) - 1)
        col = len(lines[row][:column - 1].encode("utf-8", "surrogatepass"))
        return starts[row] + col, (row, col)

    out = []
    for edit in sorted(edits, key=lambda e: (e.line, e.column), reverse=True):
        start, start_point = point(edit.line, edit.column)
        end, end_point = point(edit.end_line, edit.end_column)
        new = edit.new_text.encode("utf-8", "surrogatepass")
        rows = new.count(b"\n")
        new_end_point = (start_point[0] + rows, start_point[1] + len(new) if rows == 0
                         else len(new) - new.rfind(b"\n") - 1)
        out.append(ByteEdit(start, end, start + len(new), start_point, end_point,
                            new_end_point))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    scoped.MIN_LINES, scoped.MAX_SHARE = 0, 1.0
    engine = Engine()
    for folder in args.folders:
        gated = by_fact = no_groups = 0
        rows_total = rows_kept = 0
        for path in sorted(folder.rglob("*")):
            language = language_for(path.name) if path.is_file() else None
            if language not in CODE_LANGUAGES:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            findings = [f for f in engine.analyze(path.as_posix(), text).findings
                        if f.fix is not None]
            if not findings:
                continue
            gated += 1
            group, _ = compatible(findings, [f.fix for f in findings if f.fix is not None])
            edits = _edits_of(group)
            fixed = apply_edits(text, edits)
            rows = fixed.count("\n") + 1
            rows_total += rows
            assert language is not None
            before_source = text.encode("utf-8", "surrogatepass")
            after_source = fixed.encode("utf-8", "surrogatepass")
            before_tree = engine.parse(language, before_source)
            after_tree = engine.parse(language, after_source)
            old = None if before_tree is None else scoped.layout(language, before_tree,
                                                                 before_source)
            new = None if after_tree is None or old is None else scoped.layout(
                language, after_tree, after_source, old)
            if old is None or new is None:
                no_groups += 1
                rows_kept += rows
                continue
            the_plan = scoped.plan(new, old, _byte_edits(text, edits))
            if the_plan is None:
                by_fact += 1
                rows_kept += rows
            else:
                rows_kept += len(the_plan.kept_rows)
        share = rows_kept / rows_total if rows_total else 0.0
        print(f"{folder}: {gated} files with a fix; {by_fact} need a full analysis (a fact "
              f"line changed), {no_groups} in a language without groups; a scoped gate would "
              f"analyse {rows_kept:,} of {rows_total:,} rows ({share:.1%}): it could save at "
              f"most {1 - share:.1%} of the gate's CPU")


if __name__ == "__main__":
    main()
