"""Line-level recall and precision on the realistic services of bench/realistic_cases.

    python bench/realistic_bench.py --split dev [--out FILE.md] [--findings]
    python bench/realistic_bench.py --split holdout --out bench/results/realistic_holdout.md

Each service of the split (bench/realistic_split.json) is scanned on its own the way
`vigilint scan` does (`vigilint.scan.scan`, default settings, every rule, every category, so
paths are relative to the service, and with the project's own module names as `vigilint scan`
gives them: `with_project_names`). Then, against the service's `labels.json`:

- a finding **matches** a label when it is in the label's file, within one line of it, and its
  category is compatible: the same vigilint category, or a CWE in common;
- a finding that matches a vulnerable label is **correct**; every other finding is **wrong** (on
  a safe look-alike, on an unlabelled line, or of an incompatible category). A finding on an
  unlabelled line that was judged true by hand after the first scan is correct only when that
  verdict is written down as a label with `"added"` in labels.json; such labels count for
  precision, never for recall (they were not seeded);
- a seeded flaw (the labels sharing a `flaw` id) is **found** when a finding matches any of its
  labels. Recall = found flaws / seeded flaws; precision = correct findings / findings;
  the safe-line false-alarm rate = safe labels with a compatible finding / safe labels.

Per-category recall counts flaws by their label's category; per-category precision counts
findings by the finding's own category.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from access_bench import _ratio  # noqa: E402
from realistic_split import CASES, load_split  # noqa: E402


@dataclass
class Report:
    flaws: Counter[str] = field(default_factory=Counter)  # category -> seeded flaws
    found: Counter[str] = field(default_factory=Counter)  # category -> found flaws
    findings: Counter[str] = field(default_factory=Counter)  # finding category -> findings
    correct: Counter[str] = field(default_factory=Counter)  # finding category -> correct ones
    by_language: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    safe_labels: int = 0
    safe_hit: int = 0
    added_used: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def compatible(finding: Any, label: dict[str, Any]) -> bool:
    return bool(finding.category == label["category"] or label["cwe"] in set(finding.cwe))


def matches(finding: Any, label: dict[str, Any]) -> bool:
    return (finding.path == label["file"] and abs(int(finding.line) - int(label["line"])) <= 1
            and compatible(finding, label))


def score_service(service: Path, report: Report) -> None:
    from vigilint.analyzers.dependencies.first_party import with_project_names
    from vigilint.config import Settings
    from vigilint.scan import scan

    manifest = json.loads((service / "labels.json").read_text(encoding="utf-8"))
    language = manifest["language"]
    labels: list[dict[str, Any]] = manifest["labels"]
    findings = scan([service], with_project_names(Settings(), [service]), jobs=1).findings
    found_flaws: set[str] = set()
    for finding in findings:
        report.findings[finding.category] += 1
        report.by_language[language]["findings"] += 1
        hits = [label for label in labels if label["vulnerable"] and matches(finding, label)]
        if hits:
            report.correct[finding.category] += 1
            report.by_language[language]["correct"] += 1
            seeded = [label for label in hits if "added" not in label]
            found_flaws.update(label["flaw"] for label in seeded)
            if not seeded:
                report.added_used += 1
            continue
        where = "safe line" if any(not label["vulnerable"] and matches(finding, label)
                                   for label in labels) else "unlabelled"
        report.wrong.append(f"{service.name}/{finding.path}:{finding.line} {finding.rule} "
                            f"[{finding.category}] ({where}) {finding.message}")
    flaws: dict[str, dict[str, Any]] = {}
    for label in labels:
        if label["vulnerable"] and "added" not in label:
            flaws.setdefault(label["flaw"], label)
        if not label["vulnerable"]:
            report.safe_labels += 1
            if any(matches(finding, label) for finding in findings):
                report.safe_hit += 1
    for flaw, label in flaws.items():
        report.flaws[label["category"]] += 1
        report.by_language[language]["flaws"] += 1
        if flaw in found_flaws:
            report.found[label["category"]] += 1
            report.by_language[language]["found"] += 1
        else:
            report.missed.append(f"{service.name}/{label['file']}:{label['line']} "
                                 f"{label['category']}/{label['kind']} (CWE-{label['cwe']})")


def score(split: str) -> Report:
    names = load_split()[split] if split != "all" else sorted(
        p.parent.name for p in CASES.glob("*/labels.json"))
    report = Report()
    for name in names:
        score_service(CASES / name, report)
    return report


def markdown(report: Report, split: str) -> str:
    flaws, found = sum(report.flaws.values()), sum(report.found.values())
    findings, correct = sum(report.findings.values()), sum(report.correct.values())
    lines = [f"split `{split}`: recall {found}/{flaws} = **{_ratio(found, flaws)}**, "
             f"precision {correct}/{findings} = **{_ratio(correct, findings)}**, "
             f"false alarms on safe look-alikes {report.safe_hit}/{report.safe_labels} = "
             f"{_ratio(report.safe_hit, report.safe_labels)}; findings correct only through a "
             f"label added by hand after the first scan: {report.added_used}", "",
             "| category | flaws | found | recall | findings | correct | precision |",
             "|---|---|---|---|---|---|---|"]
    for category in sorted(set(report.flaws) | set(report.findings)):
        lines.append(f"| {category} | {report.flaws[category]} | {report.found[category]} | "
                     f"{_ratio(report.found[category], report.flaws[category])} | "
                     f"{report.findings[category]} | {report.correct[category]} | "
                     f"{_ratio(report.correct[category], report.findings[category])} |")
    lines += ["", "| language | flaws | found | recall | findings | correct | precision |",
              "|---|---|---|---|---|---|---|"]
    for language, c in sorted(report.by_language.items()):
        lines.append(f"| {language} | {c['flaws']} | {c['found']} | "
                     f"{_ratio(c['found'], c['flaws'])} | {c['findings']} | {c['correct']} | "
                     f"{_ratio(c['correct'], c['findings'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--out", type=Path, help="write the markdown tables here")
    parser.add_argument("--findings", action="store_true",
                        help="list missed flaws and wrong findings (dev only while fixing: the "
                             "holdout half is scored, never read)")
    args = parser.parse_args(argv)
    report = score(args.split)
    text = markdown(report, args.split)
    print(text)
    if args.findings:
        print("\nmissed:")
        print("\n".join(f"  {line}" for line in report.missed))
        print("\nwrong:")
        print("\n".join(f"  {line}" for line in report.wrong))
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
