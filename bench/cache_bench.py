"""The scan cache: first scan against a warm re-scan of the unchanged tree.

    python bench/cache_bench.py ../shared/corpus/code/owasp_benchmark_python --runs 5
    python bench/cache_bench.py /work/noise/src/flask-3.1.3 --jobs 1

The folder is copied to a temporary folder first (the cache lives in the scanned tree, and the
corpus is not ours to write into). Then, per run: `vigilint scan --no-cache` (no cache at all),
a first scan with an empty cache (it analyses everything and writes the cache) and a warm
re-scan (every file unchanged). CPU time is user + system of the process and its workers
(`getrusage(RUSAGE_CHILDREN)`), the steadier figure on a shared machine; wall medians beside.
Bytecode caches are written and used, as for an installed package. Output: a markdown table and the warm/first ratios.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> tuple[float, float]:
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
                   check=False)
    return time.perf_counter() - start, _children_cpu() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, help="vigilint --jobs (default: one per core)")
    args = parser.parse_args()
    rows: dict[str, list[tuple[float, float]]] = {"no cache": [], "first (empty cache)": [],
                                                  "warm re-scan": []}
    with tempfile.TemporaryDirectory() as work:
        tree = Path(work) / args.folder.name
        shutil.copytree(args.folder, tree, symlinks=True)
        files = sum(1 for p in tree.rglob("*") if p.is_file())
        base = [sys.executable, "-m", "vigilint", "scan", str(tree), "--format", "json",
                "--quiet", "--output", "/dev/null",
                *(["--jobs", str(args.jobs)] if args.jobs else [])]
        timed([*base, "--no-cache"])  # warm the file cache and bytecode
        for _ in range(args.runs):
            rows["no cache"].append(timed([*base, "--no-cache"]))
            shutil.rmtree(tree / ".vigilint", ignore_errors=True)
            rows["first (empty cache)"].append(timed(base))
            rows["warm re-scan"].append(timed(base))
    print(f"{args.folder} ({files} files), {args.runs} runs, jobs {args.jobs or 'default'}")
    print("| scan | median wall s | median CPU s |")
    print("|---|---|---|")
    medians = {}
    for name, values in rows.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        medians[name] = (wall, cpu)
        print(f"| {name} | {wall:.2f} | {cpu:.2f} |")
    first, warm = medians["first (empty cache)"], medians["warm re-scan"]
    print(f"\nwarm / first: wall {warm[0] / first[0]:.1%}, CPU {warm[1] / first[1]:.1%}; "
          f"warm / no cache: CPU {warm[1] / medians['no cache'][1]:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
