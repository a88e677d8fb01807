"""Time `vigilint scan` on a folder, and ruff (`--select S`) and bandit on the same folder when
they are installed; print medians and ratios.

    python bench/bench_scan.py ../shared/corpus/code/owasp_benchmark_python --runs 5 \
        --ruff /tmp/peers/bin/ruff --bandit /tmp/peers/bin/bandit

Peers are looked up on PATH unless given. Each tool runs once to warm the file cache, then
`--runs` times; wall-clock medians are reported (and min/max), with the median CPU time
(user + system, the tool and its worker processes, from `getrusage(RUSAGE_CHILDREN)`): on a
shared machine the CPU time is the steadier figure. Exit codes are ignored. vigilint runs with
`--no-cache` (analysis speed; bench/cache_bench.py measures the cache).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run."""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times, cpu = [], []
    for _ in range(runs):
        cpu_start = _children_cpu()
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - cpu_start)
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ruff", help="ruff executable (default: on PATH)")
    parser.add_argument("--bandit", help="bandit executable (default: on PATH)")
    parser.add_argument("--jobs", type=int, help="vigilint --jobs")
    args = parser.parse_args()
    folder = str(args.folder)
    files = sum(1 for p in args.folder.rglob("*") if p.is_file())
    tools: dict[str, list[str]] = {
        "vigilint": [sys.executable, "-m", "vigilint", "scan", folder, "--format", "sarif",
                     "--quiet", "--output", "/dev/null", "--no-cache",
                     *(["--jobs", str(args.jobs)] if args.jobs else [])],
    }
    ruff = args.ruff or shutil.which("ruff")
    if ruff:
        tools["ruff --select S"] = [ruff, "check", "--select", "S", "--no-cache", "--exit-zero",
                                    "--output-format", "sarif", folder]
    bandit = args.bandit or shutil.which("bandit")
    if bandit:
        tools["bandit"] = [bandit, "-r", "-q", "-f", "json", folder]
    results = {name: timed(cmd, args.runs) for name, cmd in tools.items()}
    base = statistics.median(results["vigilint"][0])
    print(f"{args.folder} ({files} files), {args.runs} runs each")
    print("| tool | median wall s | min s | max s | vs vigilint | median CPU s |")
    print("|---|---|---|---|---|---|")
    for name, (times, cpu) in results.items():
        median = statistics.median(times)
        print(f"| {name} | {median:.2f} | {min(times):.2f} | {max(times):.2f} | "
              f"{median / base:.2f}x | {statistics.median(cpu):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
