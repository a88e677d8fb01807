"""Access-control recall and wrong-finding rate on the held-back services in bench/access_cases.

    python bench/access_bench.py [--cases bench/access_cases] [--out FILE.md] [--findings]

The services under `bench/access_cases/<language>/<service>/` are realistic multi-file
applications written in one batch before the access-control rules were tuned, and never read
while tuning them (see bench/access_cases/README.md). `labels.jsonl` gives, per flaw, the file,
the line span where a finding counts (`lines`: first and last line), the flaw's class and whether
it is `required` (optional labels are flaws a finding may name, but need not).

The folder is scanned the way `vigilint scan` does (`vigilint.scan.scan`, default settings, one
file at a time). A finding counts when its category is `access-control`. A required label is
found when such a finding lies in its span; a finding in no label's span is wrong. Recall is
found / required labels; the wrong-finding rate is wrong / access-control findings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CLASSES = ("missing-guard", "admin-unguarded", "client-identity", "idor", "mass-assignment",
           "protection-off")


def load_labels(cases: Path) -> list[dict[str, object]]:
    with (cases / "labels.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def language_of(path: str) -> str:
    return path.split("/", 1)[0]


def score(cases: Path) -> dict[str, object]:
    from vigilint.config import Settings
    from vigilint.scan import scan

    result = scan([cases], Settings(), jobs=1)
    labels = load_labels(cases)
    findings = [f for f in result.findings if f.category == "access-control"]
    found: set[int] = set()
    wrong = []
    for finding in findings:
        hits = [i for i, label in enumerate(labels)
                if label["file"] == finding.path
                and label["lines"][0] <= finding.line <= label["lines"][1]]  # type: ignore[index]
        if hits:
            found.update(hits)
        else:
            wrong.append(finding)
    per_class: dict[str, Counter[str]] = defaultdict(Counter)
    per_language: dict[str, Counter[str]] = defaultdict(Counter)
    missed = []
    for index, label in enumerate(labels):
        if not label["required"]:
            continue
        key = "found" if index in found else "missed"
        per_class[str(label["class"])][key] += 1
        per_language[language_of(str(label["file"]))][key] += 1
        if index not in found:
            missed.append(label)
    for finding in wrong:
        per_language[language_of(finding.path)]["wrong"] += 1
    for finding in findings:
        per_language[language_of(finding.path)]["findings"] += 1
    required = sum(1 for label in labels if label["required"])
    hit = sum(1 for i in found if labels[i]["required"])
    return {"required": required, "found": hit, "findings": len(findings), "wrong": wrong,
            "missed": missed, "per_class": per_class, "per_language": per_language,
            "all": result.findings}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def markdown(report: dict[str, object]) -> str:
    required, found = int(report["required"]), int(report["found"])  # type: ignore[call-overload]
    findings = int(report["findings"])  # type: ignore[call-overload]
    wrong: list = report["wrong"]  # type: ignore[assignment]
    lines = [f"recall {found}/{required} = **{_ratio(found, required)}**; access-control findings "
             f"{findings}, wrong {len(wrong)} = **{_ratio(len(wrong), findings)}**", "",
             "| class | found | missed | recall |", "|---|---|---|---|"]
    per_class: dict[str, Counter[str]] = report["per_class"]  # type: ignore[assignment]
    for name in CLASSES:
        c = per_class.get(name, Counter())
        lines.append(f"| {name} | {c['found']} | {c['missed']} | "
                     f"{_ratio(c['found'], c['found'] + c['missed'])} |")
    lines += ["", "| language | found | missed | recall | findings | wrong |",
              "|---|---|---|---|---|---|"]
    per_language: dict[str, Counter[str]] = report["per_language"]  # type: ignore[assignment]
    for name, c in sorted(per_language.items()):
        lines.append(f"| {name} | {c['found']} | {c['missed']} | "
                     f"{_ratio(c['found'], c['found'] + c['missed'])} | {c['findings']} | "
                     f"{c['wrong']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=Path, default=ROOT / "access_cases")
    parser.add_argument("--out", type=Path, help="write the markdown table here")
    parser.add_argument("--findings", action="store_true",
                        help="list the missed labels and the wrong findings (read only after "
                             "the code is final: they are the held-back cases)")
    args = parser.parse_args(argv)
    report = score(args.cases)
    text = markdown(report)
    print(text)
    if args.findings:
        print("\nmissed:")
        for label in report["missed"]:  # type: ignore[attr-defined]
            print(f"  {label['file']}:{label['lines'][0]} {label['class']}")
        print("\nwrong:")
        for f in report["wrong"]:  # type: ignore[attr-defined]
            print(f"  {f.path}:{f.line} {f.rule} {f.message}")
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
