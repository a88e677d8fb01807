"""Secrets bench: recall and false-positive rate on the corpus's secret strings, side by side
with detect-secrets, and throughput of the secret rules on realistic source text.

Each corpus row's `text` is scanned as a file of its own named `snippet` (no extension: the
neutral "text" language, not a docs or test path). A `secret: true` row counts as found when any
secret finding falls in it, a `secret: false` row as a false positive when any does.

    python bench/secrets_bench.py [--corpus DIR] [--detect-secrets /tmp/ds-venv/bin/python]
                                  [--misses] [--throughput-mb 4]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.analyzers.engine import Engine  # noqa: E402
from vigilint.analyzers.registry import all_rules  # noqa: E402

CORPUS = Path("/work/shared/corpus")
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


def secret_engine() -> Engine:
    return Engine(rules=[r for r in all_rules() if r.category == "secret"])


def vigilint_flags(rows: list[dict], engine: Engine) -> list[bool]:
    return [bool(engine.analyze(ROW_NAME, row["text"]).findings) for row in rows]


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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--detect-secrets", default="/tmp/ds-venv/bin/python")
    parser.add_argument("--misses", action="store_true", help="list missed and false rows")
    parser.add_argument("--throughput-mb", type=float, default=4.0)
    args = parser.parse_args()
    engine = secret_engine()
    print("| file | rows (secret/not) | vigilint recall | vigilint FPR | detect-secrets recall "
          "| detect-secrets FPR |")
    print("|---|---|---|---|---|---|")
    details = []
    for name in FILES:
        path = args.corpus / "secrets" / name
        rows = [json.loads(line) for line in path.open()]
        ours = score(rows, vigilint_flags(rows, engine))
        ds_flags = detect_secrets_flags(path, args.detect_secrets)
        theirs = score(rows, ds_flags) if ds_flags is not None else None
        pos = sum(r["secret"] for r in rows)
        ds = (f"{theirs['recall']:.3f} | {theirs['fpr']:.3f}" if theirs else "n/a | n/a")
        print(f"| {name} | {pos}/{len(rows) - pos} | {ours['recall']:.3f} ({ours['tp']}/"
              f"{ours['tp'] + ours['fn']}) | {ours['fpr']:.3f} ({ours['fp']}/"
              f"{ours['fp'] + ours['tn']}) | {ds} |")
        details.append((name, rows, vigilint_flags(rows, engine)))
    mbps, cpu_mbps, total = throughput(engine, args.throughput_mb)
    print(f"\nthroughput: {mbps:.1f} MB/s wall, {cpu_mbps:.1f} MB/s of CPU time, over "
          f"{total / 1e6:.1f} MB of corpus source in ~50 KB files (secret rules only, one "
          "engine, one process)")
    if args.misses:
        for name, rows, flags in details:
            missed = Counter(r["kind"] for r, f in zip(rows, flags, strict=True)
                             if r["secret"] and not f)
            false = Counter(r["kind"] for r, f in zip(rows, flags, strict=True)
                            if not r["secret"] and f)
            print(f"\n{name} missed by kind: {dict(missed.most_common())}")
            print(f"{name} false positives by kind: {dict(false.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
