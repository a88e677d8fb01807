"""Two vigilint trees must give the same scan, byte for byte; and what each costs in CPU.

    python bench/same_scan.py --before /tmp/main-tree --after . --runs 3 DIR [DIR ...]

For each folder, `vigilint scan DIR --jobs 1 --no-cache --format json --quiet` runs with each
tree (`PYTHONPATH=<tree>`, from a temporary folder so that the current folder is not the one
imported; `PYTHONHASHSEED=0`; bytecode caches on; one untimed run each first), alternating before/after run by run. The JSON reports (findings,
fixes, notices; the `seconds` field dropped) must be identical: the script prints each
difference's first lines and exits 1. It prints the median user+system CPU seconds of each tree
per folder (CPU, not wall: the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def _strip(report: Any) -> Any:
    if isinstance(report, dict):
        return {k: _strip(v) for k, v in report.items() if k not in ("seconds",)}
    if isinstance(report, list):
        return [_strip(v) for v in report]
    return report


def _run(tree: Path, folder: Path, workdir: str) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches written and used, as installed
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "vigilint", "scan", str(folder), "--jobs", "1",
                           "--no-cache", "--format", "json", "--quiet"],
                          cwd=workdir, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree} on {folder}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return cpu, json.dumps(_strip(json.loads(done.stdout)), indent=1, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for folder in args.folders:
            folder = folder.resolve()
            cpu: dict[str, list[float]] = {"before": [], "after": []}
            reports: dict[str, str] = {}
            for tree in trees.values():  # untimed: bytecode caches and the file cache warm
                _run(tree, folder, workdir)
            for _ in range(args.runs):
                for side, tree in trees.items():
                    seconds, report = _run(tree, folder, workdir)
                    cpu[side].append(seconds)
                    if reports.setdefault(side, report) != report:
                        print(f"{folder}: {side} gives different reports from run to run")
                        failed = 1
            same = reports["before"] == reports["after"]
            findings = len(json.loads(reports["after"]).get("findings", []))
            print(f"{folder.name}: {findings} findings, reports "
                  f"{'identical' if same else 'DIFFER'}; CPU s before "
                  f"{statistics.median(cpu['before']):.2f} {cpu['before']}, after "
                  f"{statistics.median(cpu['after']):.2f} {cpu['after']}", flush=True)
            if not same:
                failed = 1
                b, a = reports["before"].splitlines(), reports["after"].splitlines()
                shown = 0
                for i, (x, y) in enumerate(zip(b, a, strict=False)):
                    if x != y and shown < 10:
                        print(f"  line {i}: before {x.strip()[:150]}\n           after  "
                              f"{y.strip()[:150]}")
                        shown += 1
                if len(a) != len(b):
                    print(f"  {len(b)} lines before, {len(a)} after")
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
