"""Secrets bench: recall and false-positive rate on the corpus's secret strings, side by side
with detect-secrets, and throughput of the secret rules on realistic source text.

Each corpus row's `text` is scanned as a file of its own named `snippet` (no extension: the
neutral "text" language, not a docs or test path). A `secret: true` row counts as found when any
secret finding falls in it, a `secret: false` row as a false positive when any does ("any
finding"). Because made-up values and documentation examples are reported at a lower priority
instead of being dropped, the false-positive rate is also given for *alarms*: findings at P0-P2,
which an editor shows as errors or warnings (P3 is information, P4 a hint; the CLI fails on P1
by default).

    python bench/secrets_bench.py [--split dev|holdout|all] [--corpus DIR]
                                  [--detect-secrets /tmp/ds-venv/bin/python]
                                  [--misses] [--rows] [--per-detector] [--throughput-mb 4]

`--split` scores only the rows of that part of `bench/corpus_split.json` (identity =
`secret_identity(stem, text)`); label conflicts are a property of the labels and are computed
over the whole file. `--misses` (causes of wrong rows) and `--rows` (their text) refuse the
holdout part: holdout rows are scored, never read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus_split import load_split, secret_identity  # noqa: E402
from vigilint.analyzers.engine import Engine  # noqa: E402
from vigilint.analyzers.registry import all_rules  # noqa: E402
from vigilint.analyzers.secrets.filters import is_doc_example, is_filler  # noqa: E402
from vigilint.analyzers.secrets.rules import (  # noqa: E402
    EXAMPLE_NOTE,
    INSTRUCTION_NOTE,
    PLACEHOLDER_NOTE,
)
from vigilint.analyzers.secrets.scanner import classify  # noqa: E402

CORPUS = Path("/work/shared/corpus")
ALARMS = ("P0", "P1", "P2")
FILES = ("gitleaks.jsonl", "detect_secrets.jsonl")
ROW_NAME = "snippet"

def detect_secrets_flags(path: Path, python: str) -> list[bool] | None:
    """detect-secrets 1.x, default plugins and filters, via its CLI: every row written to a
    file of its own (`row_<n>`, no extension) and scanned with `detect-secrets scan --all-files`."""
    binary = Path(python).parent / "detect-secrets"
    if not binary.exists():
        return None
    rows = [json.loads(line) for line in path.open()]
    with tempfile.TemporaryDirectory() as folder:
        for index, row in enumerate(rows):
            (Path(folder) / f"row_{index}").write_text(row["text"], encoding="utf-8")
        result = subprocess.run([str(binary), "scan", "--all-files", "."], cwd=folder,
                                capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return None
    found = json.loads(result.stdout)["results"]
    return [bool(found.get(f"row_{index}")) for index in range(len(rows))]


_TOKEN = re.compile(r"[^\s\"'`=:,;]{8,}")
_KEY_BODY = re.compile(r"[A-Za-z0-9+/=]{40,}")


def values(text: str, size: int = 12) -> set[str]:
    """Credential-like runs of a row: 12+ characters, not a plain lower-case name."""
    found = {v.strip("()[]{}") for v in _TOKEN.findall(text)}
    return {v for v in found if len(v) >= size and not re.fullmatch(r"[a-z_.\-]+", v)}


def conflicts(rows: list[dict]) -> list[str | None]:
    """For each negative row: is its text, or its credential-like value, also a positive row
    of the same file (the label then depends on context the row does not carry)?"""
    positives = {r["text"] for r in rows if r["secret"]}
    positive_values = set().union(*(values(r["text"]) for r in rows if r["secret"]))
    out: list[str | None] = []
    for row in rows:
        if row["secret"]:
            out.append(None)
        elif row["text"] in positives:
            out.append("conflict: same text is a positive row")
        elif values(row["text"]) & positive_values:
            out.append("conflict: same value is a positive row (context only)")
        else:
            out.append(None)
    return out


def row_cause(row: dict, findings: list, conflict: str | None) -> str:
    """Why a row is a false positive or a false negative: a label conflict, the project's
    placeholder/mask rules, or a detector/filter decision (rule ids)."""
    text = row["text"]
    if not row["secret"]:
        if conflict:
            return conflict
        if findings and all(PLACEHOLDER_NOTE in f.message for f in findings):
            return "rule: placeholder still reported outside tests"
        return "fp: " + ",".join(sorted({f.rule for f in findings}))
    if row["kind"] == "public-ip":
        return "rule: an IP address is not a credential"
    if not values(text, 8) and not re.search(r"[^\s\"'`=:,;]{8,}", text):
        return "corpus: no credential-like value on the line"
    if "PRIVATE KEY" in text and not _KEY_BODY.search(text):
        return "rule: a key header without a key body"
    verdicts = {classify(v) for v in values(text)}
    if "drop" in verdicts and any(is_filler(v) or is_doc_example(v) for v in values(text)):
        return "rule: masked/filler value or vendor documentation example"
    return "fn: " + row["kind"]


def secret_engine() -> Engine:
    return Engine(rules=[r for r in all_rules() if r.category == "secret"])


def vigilint_findings(rows: list[dict], engine: Engine) -> list[list]:
    return [engine.analyze(ROW_NAME, row["text"]).findings for row in rows]


def vigilint_flags(rows: list[dict], engine: Engine) -> list[bool]:
    return [bool(f) for f in vigilint_findings(rows, engine)]


def causes(rows: list[dict], found: list[list],
           conflict: list[str | None]) -> list[str | None]:
    """The cause of each wrong row (None where the row is right)."""
    return [row_cause(r, f, c) if bool(f) != r["secret"] else None
            for r, f, c in zip(rows, found, conflict, strict=True)]


def score_without(rows: list[dict], flags: list[bool], why: list[str | None],
                  drop: tuple[str, ...], conflict: list[str | None]) -> dict[str, float]:
    """Scores over the rows whose cause (if wrong) does not start with one of `drop`, and
    without the negatives that are label conflicts even where we are right."""
    keep = [i for i, c in enumerate(why) if (c is None or not c.startswith(drop))
            and conflict[i] is None]
    return score([rows[i] for i in keep], [flags[i] for i in keep])


def in_split(stem: str, rows: list[dict], split: str) -> list[int]:
    """Indices of the rows of `split` ("all": every row)."""
    if split == "all":
        return list(range(len(rows)))
    part = load_split()[split]
    return [i for i, row in enumerate(rows) if secret_identity(stem, row["text"]) in part]


def score(rows: list[dict], flags: list[bool]) -> dict[str, float]:
    tp = sum(1 for r, f in zip(rows, flags, strict=True) if r["secret"] and f)
    fn = sum(1 for r, f in zip(rows, flags, strict=True) if r["secret"] and not f)
    fp = sum(1 for r, f in zip(rows, flags, strict=True) if not r["secret"] and f)
    tn = sum(1 for r, f in zip(rows, flags, strict=True) if not r["secret"] and not f)
    return {"tp": tp, "fn": fn, "fp": fp, "tn": tn,
            "recall": tp / max(tp + fn, 1), "fpr": fp / max(fp + tn, 1)}


def throughput(engine: Engine, megabytes: float) -> tuple[float, float, int]:
    """MB/s of the secret rules over concatenated corpus code files (realistic mixed source)."""
    texts: list[tuple[str, str]] = []
    total = 0
    for path in sorted((CORPUS / "code").rglob("*")):
        if path.suffix not in (".py", ".js", ".ts", ".java", ".go", ".php", ".c", ".rb", ".cs"):
            continue
        text = path.read_text("utf-8", "replace")
        texts.append((path.name, text))
        total += len(text.encode())
        if total >= megabytes * 1e6:
            break
    # files of ~50 KB, as an editor or a repository would have them
    blobs: list[tuple[str, str]] = []
    chunk: list[str] = []
    size = 0
    for _name, text in texts:
        chunk.append(text)
        size += len(text)
        if size >= 50_000:
            blobs.append((f"blob{len(blobs)}.txt", "\n".join(chunk)))
            chunk, size = [], 0
    if chunk:
        blobs.append((f"blob{len(blobs)}.txt", "\n".join(chunk)))
    for name, text in blobs[:3]:  # warm up: compiled patterns, caches
        engine.analyze(name, text, language="text")
    started, cpu = time.perf_counter(), time.process_time()
    for name, text in blobs:
        engine.analyze(name, text, language="text")
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return total / 1e6 / seconds, total / 1e6 / cpu_seconds, total


def _rate(score_: dict[str, float], key: str) -> str:
    if key == "recall":
        return f"{score_['recall']:.3f} ({score_['tp']}/{score_['tp'] + score_['fn']})"
    return f"{score_['fpr']:.3f} ({score_['fp']}/{score_['fp'] + score_['tn']})"


def per_detector(rows: list[dict], found: list[list], conflict: list[str | None]) -> list[str]:
    """Per rule, over the rows without label conflicts: positive rows it fires on, negative
    rows it fires on (any finding / alarms), and its precision both ways."""
    hits: dict[str, list[int]] = {}
    for row, findings, clash in zip(rows, found, conflict, strict=True):
        if clash is not None:
            continue
        for rule in {f.rule for f in findings}:
            counts = hits.setdefault(rule, [0, 0, 0])
            if row["secret"]:
                counts[0] += 1
            else:
                counts[1] += 1
                counts[2] += any(f.rule == rule and f.priority in ALARMS for f in findings)
    lines = ["| rule | positive rows | negative rows (any / alarm) | precision (any / alarm) |",
             "|---|---|---|---|"]
    for rule, (tp, fp, fp_alarm) in sorted(hits.items(), key=lambda kv: (-kv[1][1], kv[0])):
        if fp or tp >= 1:
            lines.append(f"| {rule} | {tp} | {fp} / {fp_alarm} | {tp / max(tp + fp, 1):.3f} / "
                         f"{tp / max(tp + fp_alarm, 1):.3f} |")
    return lines


CLASSES = (("documented example or masked value", EXAMPLE_NOTE),
           ("made-up value", PLACEHOLDER_NOTE), ("usable default", INSTRUCTION_NOTE))


def value_class(finding: Any) -> str:
    """How the detectors judged the value a finding reports (from its message)."""
    for name, note in CLASSES:
        if note in finding.message:
            return name
    return "looks real"


def class_costs(rows: list[dict], found: list[list], conflict: list[str | None]) -> list[str]:
    """What leaving out each class of value would do, over the rows without label conflicts:
    recall and any-finding FPR when findings of that class (and of the classes above it in
    the table) are not reported. The corpora disagree on masked and made-up values, so this is
    the trade-off, not a choice made here."""
    keep = [i for i, c in enumerate(conflict) if c is None]
    kept_rows = [rows[i] for i in keep]
    lines = ["| not reported | recall | FPR (any finding) |", "|---|---|---|"]
    dropped: set[str] = set()
    for name in ("nothing", *(n for n, _ in CLASSES)):
        if name != "nothing":
            dropped.add(name)
        flags = [any(value_class(f) not in dropped for f in found[i]) for i in keep]
        scored = score(kept_rows, flags)
        label = "nothing" if name == "nothing" else " + ".join(sorted(dropped))
        lines.append(f"| {label} | {_rate(scored, 'recall')} | {_rate(scored, 'fpr')} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--detect-secrets", default="/tmp/ds-venv/bin/python")
    parser.add_argument("--misses", action="store_true", help="causes of missed and false rows")
    parser.add_argument("--rows", action="store_true", help="the text of missed and false rows")
    parser.add_argument("--per-detector", action="store_true",
                        help="per-rule precision on the rows without label conflicts")
    parser.add_argument("--classes", action="store_true",
                        help="recall and FPR if a class of values (masked, made up, defaults) "
                             "were not reported")
    parser.add_argument("--throughput-mb", type=float, default=4.0)
    args = parser.parse_args()
    if (args.misses or args.rows) and args.split != "dev":
        parser.error("--misses and --rows read rows: only with --split dev")
    engine = secret_engine()
    print(f"split: {args.split}\n")
    print("| file | rows (secret/not) | recall | FPR (any finding) | FPR (alarms: P0-P2) | "
          "detect-secrets recall | detect-secrets FPR |")
    print("|---|---|---|---|---|---|---|")
    details = []
    extra = []
    detectors = []
    costs: list[tuple[str, list[str]]] = []
    for name in FILES:
        path = args.corpus / "secrets" / name
        every = [json.loads(line) for line in path.open()]
        every_conflict = conflicts(every)  # a property of the labels: over the whole file
        chosen = in_split(Path(name).stem, every, args.split)
        rows = [every[i] for i in chosen]
        conflict = [every_conflict[i] for i in chosen]
        found = vigilint_findings(rows, engine)
        flags = [bool(f) for f in found]
        alarms = [any(x.priority in ALARMS for x in f) for f in found]
        why = causes(rows, found, conflict)
        ours, ours_alarm = score(rows, flags), score(rows, alarms)
        free = score_without(rows, flags, why, ("conflict",), conflict)
        free_alarm = score_without(rows, alarms, [None] * len(rows), ("conflict",), conflict)
        policy = score_without(rows, flags, why, ("conflict", "rule", "corpus"), conflict)
        every_ds = detect_secrets_flags(path, args.detect_secrets)
        ds_flags = [every_ds[i] for i in chosen] if every_ds is not None else None
        theirs = score(rows, ds_flags) if ds_flags is not None else None
        # detect-secrets on the same rows without the label conflicts (its own findings decide
        # nothing here: conflicts are a property of the labels)
        ds_free = (score_without(rows, ds_flags, [None] * len(rows), ("conflict",), conflict)
                   if ds_flags is not None else None)
        ds_text = (f"{ds_free['recall']:.3f} / {ds_free['fpr']:.3f} "
                   f"({ds_free['fp']}/{ds_free['fp'] + ds_free['tn']})" if ds_free else "n/a")
        extra.append(f"| {name} | {_rate(free, 'recall')} | {_rate(free, 'fpr')} | "
                     f"{_rate(free_alarm, 'fpr')} | {_rate(policy, 'recall')} / "
                     f"{_rate(policy, 'fpr')} | {ds_text} |")
        pos = sum(r["secret"] for r in rows)
        ds = (f"{theirs['recall']:.3f} | {theirs['fpr']:.3f}" if theirs else "n/a | n/a")
        print(f"| {name} | {pos}/{len(rows) - pos} | {_rate(ours, 'recall')} | "
              f"{_rate(ours, 'fpr')} | {_rate(ours_alarm, 'fpr')} | {ds} |")
        details.append((name, rows, found, why))
        detectors.append((name, per_detector(rows, found, conflict)))
        costs.append((name, class_costs(rows, found, conflict)))
    print("\nWithout label conflicts:\n")
    print("| file | recall | FPR (any finding) | FPR (alarms: P0-P2) | also without project-rule "
          "and corpus-defect rows: recall / FPR | detect-secrets: recall / FPR |")
    print("|---|---|---|---|---|---|")
    print("\n".join(extra))
    if args.per_detector:
        for name, lines in detectors:
            print(f"\n{name}: per rule, rows without label conflicts\n")
            print("\n".join(lines))
    if args.classes:
        for name, lines in costs:
            print(f"\n{name}: if a class of values were not reported (rows without label "
                  "conflicts; each line also leaves out the classes above it)\n")
            print("\n".join(lines))
    if args.throughput_mb > 0:
        mbps, cpu_mbps, total = throughput(engine, args.throughput_mb)
        print(f"\nthroughput: {mbps:.1f} MB/s wall, {cpu_mbps:.1f} MB/s of CPU time, over "
              f"{total / 1e6:.1f} MB of corpus source in ~50 KB files (secret rules only, one "
              "engine, one process)")
    if args.misses:
        for name, rows, _found, why in details:
            grouped = Counter(("FN" if r["secret"] else "FP", c, r["kind"])
                              for r, c in zip(rows, why, strict=True) if c is not None)
            print(f"\n{name}: wrong rows by cause (FN/FP, cause, corpus kind: count)")
            for (side, cause, kind), count in sorted(grouped.items()):
                print(f"  {side} | {cause} | {kind} | {count}")
    if args.rows:
        for name, rows, found, why in details:
            print(f"\n{name}: wrong rows (dev)")
            for row, findings, cause in zip(rows, found, why, strict=True):
                if cause is not None:
                    rules = ",".join(sorted({f"{f.rule}/{f.priority}" for f in findings}))
                    print(f"  {'FN' if row['secret'] else 'FP'} [{row['kind']}] {cause} "
                          f"{rules} :: {row['text'][:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
