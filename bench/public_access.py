"""Access-control recall and false-alarm rate on public framework test cases (issue 24).

    python bench/public_access.py [--cases /work/publicac] [--findings] [--out FILE.md]
    python bench/public_access.py --cases /work/publicac2        # the second, held-back set
    python bench/public_access.py --from-manifest [--cases DIR] [--manifest FILE]

The cases are files copied verbatim from public, permissively licensed test suites (GitHub
CodeQL's query tests, OWASP Juice Shop's coding-challenge snippets) into a folder outside the
repository: `<language>/<source>/<folder>/<file>`. Their code is never committed here;
`bench/public_access/manifest.jsonl` says where each file came from and how to fetch it again
(`bench/public_access/README.md`). The folder holds two label files written from the suites'
own expectations:

- `labels.jsonl`: one span per BAD case (`file`, `lines` [first, last], `class`, `required`),
  the format of bench/access_bench.py;
- `clean.jsonl`: one span per GOOD case (`file`, `lines`, `class`, `reason`).

The folder is scanned the way bench/access_bench.py does (`vigilint.scan.scan`, default
settings, one job). Only findings of category `access-control` count. A BAD span is found when
such a finding lies in it; a GOOD span is a false alarm when such a finding lies in it; a
finding in no span is reported apart ("outside") — these suites hold code their labels do not
cover (helpers, sibling routes of other challenges), so it is neither a hit nor a false alarm.

    recall          = BAD spans with an access-control finding / BAD spans
    false-alarm rate = GOOD spans with an access-control finding / GOOD spans

The bar of issue 24 on this kind of code: recall >= 0.50 with false alarms <= 0.05.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from access_bench import CLASSES, _ratio, language_of, load_labels  # noqa: E402

DEFAULT_CASES = Path("/work/publicac")
MANIFEST = HERE / "public_access" / "manifest.jsonl"


def from_manifest(cases: Path, manifest: Path = MANIFEST) -> list[str]:
    """Write labels.jsonl and clean.jsonl into `cases` from the manifest's label rows and check
    each case file against the manifest's size and sha256; return the problems found."""
    with manifest.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    problems = []
    for row in rows:
        if row["kind"] != "file":
            continue
        path = cases / row["file"]
        if not path.is_file():
            problems.append(f"missing {row['file']} ({row['repo']} {row['path']} @ {row['commit']})")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            problems.append(f"differs {row['file']}: {len(path.read_text(encoding='utf-8'))} "
                            f"characters, the manifest's copy has {row['chars']}")
    bad = [{"file": r["file"], "lines": r["lines"], "class": r["class"], "required": True}
           for r in rows if r["kind"] == "label" and r["label"] == "bad"]
    clean = [{"file": r["file"], "lines": r["lines"], "class": r["class"], "reason": r["reason"]}
             for r in rows if r["kind"] == "label" and r["label"] == "clean"]
    cases.mkdir(parents=True, exist_ok=True)
    for name, items in (("labels.jsonl", bad), ("clean.jsonl", clean)):
        (cases / name).write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return problems


def load_clean(cases: Path) -> list[dict[str, Any]]:
    path = cases / "clean.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def suite_of(path: str) -> str:
    """`<language>/<source>/<folder>`: one test suite (one query's tests, one challenge set)."""
    return path.rsplit("/", 1)[0]


def _in(span: dict[str, Any], path: str, line: int) -> bool:
    return bool(span["file"] == path and span["lines"][0] <= line <= span["lines"][1])


def score(cases: Path, findings: list[Any] | None = None) -> dict[str, Any]:
    """Score the access-control findings on `cases`; `findings` (objects with `path`, `line`,
    `category`, `rule`, `message`) are scanned from the folder when not given."""
    if findings is None:
        from vigilint.config import Settings
        from vigilint.scan import scan

        findings = list(scan([cases], Settings(), jobs=1).findings)
    bad = [label for label in load_labels(cases) if label.get("required", True)]
    clean = load_clean(cases)
    access = [f for f in findings if f.category == "access-control"]
    bad_hit: set[int] = set()
    clean_hit: set[int] = set()
    outside = []
    for finding in access:
        hits_bad = [i for i, span in enumerate(bad) if _in(span, finding.path, finding.line)]
        hits_clean = [i for i, span in enumerate(clean) if _in(span, finding.path, finding.line)]
        bad_hit.update(hits_bad)
        clean_hit.update(hits_clean)
        if not hits_bad and not hits_clean:
            outside.append(finding)
    per_class: dict[str, Counter[str]] = defaultdict(Counter)
    per_language: dict[str, Counter[str]] = defaultdict(Counter)
    per_suite: dict[str, Counter[str]] = defaultdict(Counter)
    for i, span in enumerate(bad):
        key = "found" if i in bad_hit else "missed"
        per_class[str(span["class"])][key] += 1
        per_language[language_of(str(span["file"]))][key] += 1
        per_suite[suite_of(str(span["file"]))][key] += 1
    for i, span in enumerate(clean):
        key = "flagged" if i in clean_hit else "quiet"
        per_class[str(span["class"])][key] += 1
        per_language[language_of(str(span["file"]))][key] += 1
        per_suite[suite_of(str(span["file"]))][key] += 1
    for finding in access:
        per_language[language_of(finding.path)]["findings"] += 1
    for finding in outside:
        per_language[language_of(finding.path)]["outside"] += 1
    return {
        "bad": len(bad), "found": len(bad_hit), "clean": len(clean), "flagged": len(clean_hit),
        "findings": len(access), "outside": outside,
        "missed": [span for i, span in enumerate(bad) if i not in bad_hit],
        "false_alarms": [span for i, span in enumerate(clean) if i in clean_hit],
        "hits": [f for f in access if f not in outside],
        "per_class": per_class, "per_language": per_language, "per_suite": per_suite,
    }


def markdown(report: dict[str, Any]) -> str:
    bad, found = report["bad"], report["found"]
    clean, flagged = report["clean"], report["flagged"]
    lines = [
        f"recall {found}/{bad} = **{_ratio(found, bad)}** (bar >= 0.50); false alarms "
        f"{flagged}/{clean} = **{_ratio(flagged, clean)}** (bar <= 0.05); access-control findings "
        f"{report['findings']}, outside any span {len(report['outside'])}",
        "",
        "| class | found | missed | recall | GOOD flagged | GOOD quiet | false-alarm rate |",
        "|---|---|---|---|---|---|---|",
    ]
    per_class: dict[str, Counter[str]] = report["per_class"]
    for name in [*CLASSES, *sorted(set(per_class) - set(CLASSES))]:
        c = per_class.get(name, Counter())
        lines.append(f"| {name} | {c['found']} | {c['missed']} | "
                     f"{_ratio(c['found'], c['found'] + c['missed'])} | {c['flagged']} | "
                     f"{c['quiet']} | {_ratio(c['flagged'], c['flagged'] + c['quiet'])} |")
    lines += ["", "| language | found | missed | recall | GOOD flagged | GOOD quiet | "
              "false-alarm rate | findings | outside |", "|---|---|---|---|---|---|---|---|---|"]
    for name, c in sorted(report["per_language"].items()):
        lines.append(f"| {name} | {c['found']} | {c['missed']} | "
                     f"{_ratio(c['found'], c['found'] + c['missed'])} | {c['flagged']} | "
                     f"{c['quiet']} | {_ratio(c['flagged'], c['flagged'] + c['quiet'])} | "
                     f"{c['findings']} | {c['outside']} |")
    lines += ["", "| suite | BAD found | BAD spans | GOOD flagged | GOOD spans |",
              "|---|---|---|---|---|"]
    for name, c in sorted(report["per_suite"].items()):
        lines.append(f"| {name} | {c['found']} | {c['found'] + c['missed']} | {c['flagged']} | "
                     f"{c['flagged'] + c['quiet']} |")
    return "\n".join(lines)


def listing(report: dict[str, Any]) -> str:
    out = ["", "missed BAD spans:"]
    out += [f"  {s['file']}:{s['lines'][0]}-{s['lines'][1]} {s['class']}" for s in report["missed"]]
    out += ["", "false alarms (GOOD spans with an access-control finding):"]
    out += [f"  {s['file']}:{s['lines'][0]}-{s['lines'][1]} {s['class']} ({s.get('reason', '')})"
            for s in report["false_alarms"]]
    out += ["", "findings in a span:"]
    out += [f"  {f.path}:{f.line} {f.rule} {f.message}" for f in report["hits"]]
    out += ["", "findings outside any span:"]
    out += [f"  {f.path}:{f.line} {f.rule} {f.message}" for f in report["outside"]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES,
                        help="folder with the cases, labels.jsonl and clean.jsonl "
                             "(default /work/publicac)")
    parser.add_argument("--out", type=Path, help="write the markdown tables here")
    parser.add_argument("--findings", action="store_true",
                        help="list missed spans, false alarms and every access-control finding "
                             "(held-back data: read only after the code is final)")
    parser.add_argument("--from-manifest", action="store_true",
                        help="write labels.jsonl and clean.jsonl into --cases from --manifest, "
                             "check the case files, and stop")
    parser.add_argument("--manifest", type=Path, default=MANIFEST,
                        help="manifest for --from-manifest (default "
                             "bench/public_access/manifest.jsonl; the second set is "
                             "bench/public_access2/manifest.jsonl with --cases /work/publicac2)")
    args = parser.parse_args(argv)
    if args.from_manifest:
        problems = from_manifest(args.cases, args.manifest)
        for problem in problems:
            print(problem)
        print(f"labels written to {args.cases}; {len(problems)} case file(s) missing or different")
        return 1 if problems else 0
    if not (args.cases / "labels.jsonl").exists():
        parser.error(f"{args.cases}/labels.jsonl not found: re-create the folder with "
                     "--from-manifest (bench/public_access/README.md)")
    report = score(args.cases)
    text = markdown(report)
    print(text)
    if args.findings:
        print(listing(report))
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
