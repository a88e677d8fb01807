"""Score vigilint, ruff (`--select S`) and bandit side by side on every labelled corpus source.

    python bench/compare_corpora.py ../shared/corpus/code --ruff /tmp/peers/bin/ruff \
        --bandit /tmp/peers/bin/bandit > bench/results/corpus.md

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

from score_corpus import CWE_CLASSES, Counts, Report, run_tool, score


def summary(per_class: dict[str, Counts]) -> tuple[Counts, float, int]:
    scored = [c for c in per_class.values() if (c.tp + c.fn) and (c.fp + c.tn)]
    avg = sum(c.tpr - c.fpr for c in scored) / len(scored) if scored else float("nan")
    total = Counts(*(sum(getattr(c, f) for c in per_class.values())
                     for f in ("tp", "fn", "fp", "tn", "fp_any")))
    return total, avg, len(scored)


def row(source: str, tool: str, scope: str, per_class: dict[str, Counts]) -> str:
    total, avg, classes = summary(per_class)
    vuln, clean = total.tp + total.fn, total.fp + total.tn
    tpr = f"{total.tpr:.2f}" if vuln else "–"
    fpr = f"{total.fpr:.2f}" if clean else "–"
    diff = f"{total.tpr - total.fpr:+.2f}" if vuln and clean else "–"
    avg_text = f"{avg:+.2f}" if classes else "–"
    return (f"| {source} | {scope} | {tool} | {vuln} | {clean} | {tpr} | {fpr} | {diff} | "
            f"{avg_text} | {total.fp_any} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--ruff")
    parser.add_argument("--bandit")
    args = parser.parse_args()
    sources = sorted(p.parent for p in args.corpus.glob("*/labels.jsonl"))
    print("| source | files | tool | vulnerable | clean | TPR | FPR | TPR-FPR | avg TPR-FPR "
          "per CWE class | clean files with any finding |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            reports: dict[str, Report] = {
                "vigilint": run_tool("vigilint", source, None, Path(tmp) / "v.sarif")}
            if args.ruff:
                reports["ruff S"] = run_tool("ruff", source, args.ruff, Path(tmp) / "r.sarif")
            if args.bandit:
                reports["bandit"] = run_tool("bandit", source, args.bandit, Path(tmp) / "b.json")
            print(row(source.name, "vigilint", "all", score(source, reports["vigilint"])))
            python = score(source, reports["vigilint"], {"python"})
            if sum(c.tp + c.fn + c.fp + c.tn for c in python.values()) and len(reports) > 1:
                print(row(source.name, "vigilint", "python", python))
                for tool in ("ruff S", "bandit"):
                    if tool in reports:
                        print(row(source.name, tool, "python",
                                  score(source, reports[tool], {"python"})))
            sys.stdout.flush()
    print()
    print("CWE classes (corpus README): " + "; ".join(
        f"{name} {{{', '.join(str(c) for c in sorted(members))}}}"
        for name, members in CWE_CLASSES.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
