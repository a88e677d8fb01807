"""Score vigilint, ruff (`--select S`) and bandit side by side on every labelled corpus source.

    python bench/compare_corpora.py ../shared/corpus/code --ruff /tmp/peers/bin/ruff \
        --bandit /tmp/peers/bin/bandit > bench/results/corpus.md
    python bench/compare_corpora.py ../shared/corpus/code --split dev --split holdout --lines \
        --vigilint /tmp/before/vigilint --label before

`--split` (repeatable: dev, holdout, all) gives one row per part of the committed corpus split
(bench/corpus_split.json); `--vigilint` runs another vigilint executable (e.g. main's code, for
a before/after table) under the name `--label`; `--lines` adds line-level recall and precision
(findings of the label's class on a labelled line, of those in the labelled files) where the
labels give lines; `--lang` (repeatable) scores only the files of those languages.

For each source folder (one with labels.jsonl) each tool scans the whole folder once; ruff and
bandit only read Python, so their rows are also given on the Python files alone, next to
vigilint's on the same files. Scoring is score_corpus.py's (file level, CWE classes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from score_corpus import (
    CWE_CLASSES,
    Counts,
    Report,
    line_precision,
    run_tool,
    score,
    score_lines,
)


def summary(per_class: dict[str, Counts]) -> tuple[Counts, float, int]:
    scored = [c for c in per_class.values() if (c.tp + c.fn) and (c.fp + c.tn)]
    avg = sum(c.tpr - c.fpr for c in scored) / len(scored) if scored else float("nan")
    total = Counts(*(sum(getattr(c, f) for c in per_class.values())
                     for f in ("tp", "fn", "fp", "tn", "fp_any")))
    return total, avg, len(scored)


def row(source: str, tool: str, scope: str, per_class: dict[str, Counts],
        split: str = "all", lines: Counts | None = None,
        precision: tuple[int, int] | None = None) -> str:
    total, avg, classes = summary(per_class)
    vuln, clean = total.tp + total.fn, total.fp + total.tn
    tpr = f"{total.tpr:.2f}" if vuln else "–"
    fpr = f"{total.fpr:.2f}" if clean else "–"
    diff = f"{total.tpr - total.fpr:+.2f}" if vuln and clean else "–"
    avg_text = f"{avg:+.2f}" if classes else "–"
    line_text = ""
    if lines is not None:
        labelled = lines.tp + lines.fn
        line_text = f" {lines.tpr:.2f} of {labelled} |" if labelled else " – |"
    if precision is not None:
        on_line, found = precision
        line_text += f" {on_line / found:.2f} ({on_line} of {found}) |" if found else " – |"
    return (f"| {source} | {split} | {scope} | {tool} | {vuln} | {clean} | {tpr} | {fpr} | "
            f"{diff} | {avg_text} | {total.fp_any} |{line_text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--ruff")
    parser.add_argument("--bandit")
    parser.add_argument("--vigilint", help="vigilint executable (default: this checkout)")
    parser.add_argument("--label", default="vigilint", help="name of vigilint's rows")
    parser.add_argument("--split", action="append", choices=("dev", "holdout", "all"),
                        help="part(s) of bench/corpus_split.json to score (default: all)")
    parser.add_argument("--lines", action="store_true", help="add line-level recall")
    parser.add_argument("--only", action="append", help="only these source folders")
    parser.add_argument("--python", action="store_true", help="only the Python files")
    parser.add_argument("--lang", action="append", help="only the files of this language")
    args = parser.parse_args()
    splits = args.split or ["all"]
    sources = sorted(p.parent for p in args.corpus.glob("*/labels.jsonl")
                     if not args.only or p.parent.name in args.only)
    extra = " line-level recall | line-level precision |" if args.lines else ""
    print("| source | split | files | tool | vulnerable | clean | TPR | FPR | TPR-FPR | "
          "avg TPR-FPR per CWE class | clean files with any finding |" + extra)
    print("|---|---|---|---|---|---|---|---|---|---|---|" + ("---|---|" if args.lines else ""))
    me = args.label
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            reports: dict[str, Report] = {
                me: run_tool("vigilint", source, args.vigilint, Path(tmp) / "v.sarif")}
            if args.ruff:
                reports["ruff S"] = run_tool("ruff", source, args.ruff, Path(tmp) / "r.sarif")
            if args.bandit:
                reports["bandit"] = run_tool("bandit", source, args.bandit, Path(tmp) / "b.json")
            for split in splits:
                scopes = [("+".join(args.lang), set(args.lang))] if args.lang else \
                    [("python", {"python"})] if args.python else [("all", None)]
                for scope, langs in scopes:
                    per_class = score(source, reports[me], langs, split)
                    if not sum(c.tp + c.fn + c.fp + c.tn for c in per_class.values()):
                        continue
                    lines = score_lines(source, reports[me], langs, split) if args.lines else None
                    prec = line_precision(source, reports[me], langs, split) if args.lines \
                        else None
                    print(row(source.name, me, scope, per_class, split, lines, prec))
                python = score(source, reports[me], {"python"}, split)
                if sum(c.tp + c.fn + c.fp + c.tn for c in python.values()) and len(reports) > 1:
                    tools = ([] if args.python or args.lang else [me]) + \
                        [t for t in ("ruff S", "bandit") if t in reports]
                    for tool in tools:
                        print(row(source.name, tool, "python",
                                  score(source, reports[tool], {"python"}, split), split,
                                  *((score_lines(source, reports[tool], {"python"}, split),
                                     line_precision(source, reports[tool], {"python"}, split))
                                    if args.lines else ())))
            sys.stdout.flush()
    print()
    print("CWE classes (corpus README): " + "; ".join(
        f"{name} {{{', '.join(str(c) for c in sorted(members))}}}"
        for name, members in CWE_CLASSES.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
