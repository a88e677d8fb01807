"""Score a SARIF report (vigilint's, or a peer's) against a labelled corpus folder.

    python bench/score_corpus.py ../shared/corpus/code/owasp_benchmark_python
    python bench/score_corpus.py DIR --tool bandit --tool-bin /tmp/peers/bin/bandit
    python bench/score_corpus.py DIR --sarif existing.sarif --format markdown
    python bench/score_corpus.py DIR --split holdout --lines

The folder must hold `labels.jsonl` (see the corpus README). `--split dev|holdout|all` scores only
the files of that part of the committed corpus split (bench/corpus_split.json; `dev` files may be
read while writing rules, `holdout` files are only scored). Scoring is file-level, by the
corpus README's method: a vulnerable file is a true positive when a finding's CWE is in its
label's CWE class; a clean file is a false positive when a finding's CWE is in its label's class
("strict", the OWASP Benchmark way: clean files are look-alikes for that CWE); "any-FP" counts a
clean file with any finding at all. Per CWE class: TPR, FPR, TPR-FPR; overall: the average over
classes (the Benchmark score) and the micro totals. `--lines` adds the line-level score on the
files whose labels give `lines` (README item 3: a true positive needs a finding of the class on a
labelled line, +-2 lines for the CyberSecEval fragments; a finding on an `ok_lines` line is a false
positive).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_split import load_split

# CWE equivalence classes published with the corpus README (item 4 of "Scoring").
CWE_CLASSES: dict[str, set[int]] = {
    "weak-crypto": {327, 328, 326, 916, 759, 760},
    "weak-random": {330, 338},
    "code-injection": {94, 95},
    "hardcoded-credentials": {798, 259, 321},
    "path-traversal": {22, 23, 36, 73},
    "missing-authz": {306, 862, 863, 285, 287},
    "xss": {79, 80},
    "command-injection": {78, 77, 88},
    "deserialization": {502},
    "memory": {119, 120, 121, 122, 787, 680, 676},
    "ssrf": {918},
    "xxe": {611, 776},
    "tls": {295, 319},
}

# ruff's flake8-bandit rules keep bandit's numbers (S608 = B608); CWEs as bandit reports them.
BANDIT_CWE: dict[int, int] = {
    102: 78, 103: 732, 104: 605, 105: 259, 106: 259, 107: 259, 108: 377, 110: 703, 112: 703,
    113: 400, 201: 94, 202: 22, 301: 502, 302: 502, 303: 327, 304: 327, 305: 327, 306: 377,
    307: 78, 308: 79, 310: 22, 311: 330, 312: 319, 313: 20, 314: 20, 315: 20, 316: 20, 317: 20,
    318: 20, 319: 20, 320: 20, 321: 319, 323: 295, 324: 327, 401: 319, 402: 319, 403: 502,
    404: 78, 405: 20, 406: 20, 407: 20, 408: 20, 409: 20, 410: 20, 411: 20, 412: 20, 413: 327,
    415: 319, 501: 295, 502: 327, 503: 327, 504: 327, 505: 326, 506: 20, 507: 295, 508: 319,
    509: 319, 601: 78, 602: 78, 603: 78, 604: 78, 605: 78, 606: 78, 607: 78, 608: 89, 609: 78,
    610: 89, 611: 89, 612: 94, 613: 838, 614: 502, 701: 94, 702: 80, 703: 80, 704: 79,
}


def cwe_class(cwe: int) -> str:
    for name, members in CWE_CLASSES.items():
        if cwe in members:
            return name
    return f"CWE-{cwe}"


def _cwe_ints(values: Any) -> set[int]:
    out: set[int] = set()
    for value in values or ():
        text = str(value).upper().replace("EXTERNAL/CWE/", "").replace("CWE-", "")
        if text.isdigit():
            out.add(int(text))
    return out


@dataclass
class Report:
    by_file: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    lines: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # (line, CWEs of the finding) per file, for line-level scoring
    located: dict[str, list[tuple[int, set[int]]]] = field(
        default_factory=lambda: defaultdict(list))


def read_sarif(path: Path, root: Path) -> Report:
    data = json.loads(path.read_text(encoding="utf-8"))
    report = Report()
    for run in data.get("runs", []):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        rule_cwes: dict[str, set[int]] = {}
        for rule in rules:
            props = rule.get("properties", {})
            cwes = _cwe_ints(props.get("cwe")) | _cwe_ints(props.get("tags"))
            for rel in rule.get("relationships", []) or []:
                cwes |= _cwe_ints([rel.get("target", {}).get("id")])
            rule_cwes[rule.get("id", "")] = cwes
        base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri")
        for result in run.get("results", []):
            if result.get("suppressions"):
                continue
            cwes = set(rule_cwes.get(result.get("ruleId", ""), set()))
            cwes |= _cwe_ints(result.get("properties", {}).get("cwe"))
            rule_id = result.get("ruleId", "")
            if rule_id[:1] == "S" and rule_id[1:].isdigit():
                cwes.add(BANDIT_CWE.get(int(rule_id[1:]), 0))
            for loc in result.get("locations", [])[:1]:
                phys = loc.get("physicalLocation", {})
                uri = phys.get("artifactLocation", {}).get("uri", "")
                file = _relative(uri, base, root)
                report.by_file[file] |= cwes or {0}
                line = phys.get("region", {}).get("startLine")
                if line:
                    report.lines[file].add(int(line))
                    report.located[file].append((int(line), cwes or {0}))
    return report


def _relative(uri: str, base: str | None, root: Path) -> str:
    if uri.startswith("file:"):
        full = Path(unquote(urlparse(uri).path))
    elif base and not uri.startswith("/"):
        full = Path(unquote(urlparse(base).path)) / unquote(uri)
    else:
        full = Path(unquote(uri))
        if not full.is_absolute():
            full = root / full
    try:
        return full.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return full.as_posix()


def read_bandit(path: Path, root: Path) -> Report:
    data = json.loads(path.read_text(encoding="utf-8"))
    report = Report()
    for issue in data.get("results", []):
        file = _relative(str(Path(issue["filename"]).resolve()), None, root)
        cwe = (issue.get("issue_cwe") or {}).get("id")
        if not cwe:
            number = issue.get("test_id", "B0")[1:]
            cwe = BANDIT_CWE.get(int(number), 0) if number.isdigit() else 0
        report.by_file[file].add(int(cwe))
        report.lines[file].add(int(issue.get("line_number", 0)))
        report.located[file].append((int(issue.get("line_number", 0)), {int(cwe)}))
    return report


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    fp_any: int = 0

    @property
    def tpr(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0


def labels_of(root: Path, langs: set[str] | None = None, split: str = "all") -> list[dict]:
    """The labels of a corpus folder, limited to languages and to a part of the split."""
    chosen = None if split == "all" else load_split()[split]
    out = []
    with (root / "labels.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            label = json.loads(raw)
            if langs and label.get("lang") not in langs:
                continue
            if chosen is not None and f"{root.name}/{label['file']}" not in chosen:
                continue
            out.append(label)
    return out


def score(root: Path, report: Report, langs: set[str] | None = None,
          split: str = "all") -> dict[str, Counts]:
    per_class: dict[str, Counts] = defaultdict(Counts)
    for label in labels_of(root, langs, split):
        classes = {cwe_class(c) for c in _cwe_ints(label.get("cwe"))} or {"(none)"}
        found = report.by_file.get(label["file"], set())
        found_classes = {cwe_class(c) for c in found}
        for name in classes:
            counts = per_class[name]
            if label["vulnerable"]:
                hit = bool(found) if name == "(none)" else name in found_classes
                if hit:
                    counts.tp += 1
                else:
                    counts.fn += 1
            else:
                if name in found_classes:
                    counts.fp += 1
                else:
                    counts.tn += 1
                if found:
                    counts.fp_any += 1
    return dict(per_class)


def score_lines(root: Path, report: Report, langs: set[str] | None = None,
                split: str = "all") -> Counts:
    """Line-level counts over the labels that give `lines`: tp/fn per vulnerable file (a finding
    of the label's class within the slack of a labelled line), fp per `ok_lines` line flagged
    with the class (tn when not)."""
    counts = Counts()
    slack = 2 if root.name.startswith("cyberseceval") else 0
    for label in labels_of(root, langs, split):
        if "lines" not in label and "ok_lines" not in label:
            continue
        classes = {cwe_class(c) for c in _cwe_ints(label.get("cwe"))}
        located = report.located.get(label["file"], [])
        flagged = [line for line, cwes in located
                   if not classes or classes & {cwe_class(c) for c in cwes}]
        if label.get("vulnerable") and label.get("lines"):
            if any(abs(line - want) <= slack for want in label["lines"] for line in flagged):
                counts.tp += 1
            else:
                counts.fn += 1
        for ok in label.get("ok_lines", []):
            if any(abs(line - ok) <= slack for line in flagged):
                counts.fp += 1
            else:
                counts.tn += 1
    return counts


def line_precision(root: Path, report: Report, langs: set[str] | None = None,
                   split: str = "all") -> tuple[int, int]:
    """(findings on a labelled line, findings) of the label's class in the vulnerable files
    whose labels give `lines` (within score_lines' slack): the line-level precision's terms."""
    on_line = total = 0
    slack = 2 if root.name.startswith("cyberseceval") else 0
    for label in labels_of(root, langs, split):
        if not (label.get("vulnerable") and label.get("lines")):
            continue
        classes = {cwe_class(c) for c in _cwe_ints(label.get("cwe"))}
        for line, cwes in report.located.get(label["file"], []):
            if classes and not classes & {cwe_class(c) for c in cwes}:
                continue
            total += 1
            on_line += any(abs(line - want) <= slack for want in label["lines"])
    return on_line, total


def run_tool(tool: str, root: Path, binary: str | None, out: Path) -> Report:
    if tool == "vigilint":
        cmd = [binary or sys.executable, *([] if binary else ["-m", "vigilint"]), "scan",
               str(root), "--format", "sarif", "--output", str(out), "--quiet",
               # this checkout: no scan cache written into the corpus (and analysis measured)
               *([] if binary else ["--no-cache"])]
        subprocess.run(cmd, check=False)
        return read_sarif(out, root)
    if tool == "ruff":
        exe = binary or shutil.which("ruff") or "ruff"
        with out.open("w", encoding="utf-8") as handle:
            subprocess.run([exe, "check", "--select", "S", "--no-cache", "--exit-zero",
                            "--output-format", "sarif", str(root)], stdout=handle, check=False)
        return read_sarif(out, root)
    if tool == "bandit":
        exe = binary or shutil.which("bandit") or "bandit"
        subprocess.run([exe, "-r", "-q", "-f", "json", "-o", str(out), str(root)], check=False,
                       stderr=subprocess.DEVNULL)
        return read_bandit(out, root)
    raise SystemExit(f"unknown tool {tool}")


def render(per_class: dict[str, Counts], fmt: str, title: str) -> str:
    rows = sorted(per_class.items(), key=lambda kv: kv[0])
    scored = [c for _, c in rows if (c.tp + c.fn) and (c.fp + c.tn)]
    avg = sum(c.tpr - c.fpr for c in scored) / len(scored) if scored else 0.0
    total = Counts(*(sum(getattr(c, f) for c in per_class.values())
                     for f in ("tp", "fn", "fp", "tn", "fp_any")))
    if fmt == "json":
        return json.dumps({
            "title": title,
            "classes": {k: {**vars(c), "tpr": c.tpr, "fpr": c.fpr} for k, c in rows},
            "score_avg": avg, "tpr": total.tpr, "fpr": total.fpr,
            "precision": total.precision,
        }, indent=2)
    lines = [f"## {title}", "",
             "| CWE class | vuln | clean | TP | FN | FP | TN | TPR | FPR | TPR-FPR | any-FP |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, c in rows:
        lines.append(f"| {name} | {c.tp + c.fn} | {c.fp + c.tn} | {c.tp} | {c.fn} | {c.fp} | "
                     f"{c.tn} | {c.tpr:.2f} | {c.fpr:.2f} | {c.tpr - c.fpr:+.2f} | {c.fp_any} |")
    lines.append(f"| **all** | {total.tp + total.fn} | {total.fp + total.tn} | {total.tp} | "
                 f"{total.fn} | {total.fp} | {total.tn} | {total.tpr:.2f} | {total.fpr:.2f} | "
                 f"{total.tpr - total.fpr:+.2f} | {total.fp_any} |")
    lines.append("")
    lines.append(f"Average TPR-FPR over {len(scored)} classes with both labels: **{avg:+.2f}**; "
                 f"precision {total.precision:.2f}.")
    if fmt == "text":
        return "\n".join(line.replace("**", "") for line in lines)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="corpus source folder with labels.jsonl")
    parser.add_argument("--tool", choices=("vigilint", "ruff", "bandit"), default="vigilint")
    parser.add_argument("--tool-bin", help="path to the tool's executable")
    parser.add_argument("--sarif", type=Path, help="score this SARIF instead of running a tool")
    parser.add_argument("--lang", action="append", help="only labels of this language")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all",
                        help="score only this part of bench/corpus_split.json")
    parser.add_argument("--lines", action="store_true",
                        help="also score line-level where the labels give lines")
    args = parser.parse_args()
    root = args.folder
    if not (root / "labels.jsonl").is_file():
        print(f"{root}: no labels.jsonl here", file=sys.stderr)
        return 2
    if args.sarif:
        report = read_sarif(args.sarif, root)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report = run_tool(args.tool, root, args.tool_bin, Path(tmp) / "out")
    title = f"{args.tool if not args.sarif else args.sarif.name} on {root.name}"
    if args.split != "all":
        title += f" ({args.split} split)"
    langs = set(args.lang) if args.lang else None
    print(render(score(root, report, langs, args.split), args.format, title))
    if args.lines:
        line_counts = score_lines(root, report, langs, args.split)
        print(f"\nLine level: {line_counts.tp} of {line_counts.tp + line_counts.fn} labelled "
              f"files found on a labelled line (recall {line_counts.tpr:.2f}); "
              f"{line_counts.fp} of {line_counts.fp + line_counts.tn} ok lines flagged "
              f"(FPR {line_counts.fpr:.2f}).")
        on_line, found = line_precision(root, report, langs, args.split)
        if found:
            print(f"{on_line} of {found} findings of the labels' classes in those files are on "
                  f"a labelled line (precision {on_line / found:.2f}).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
