"""Start-up of the commands agent hooks and pre-commit run: `vigilint scan` of one small file
and `vigilint prompt` of one short prompt (and the Claude Code prompt hook on the same prompt),
from spawning the process to its exit.

    python bench/startup.py                 # 20 runs of each row, markdown on stdout
    python bench/startup.py --runs 50 --tree OTHER_CHECKOUT   # the same rows for another tree
    python bench/startup.py --runs 15 --compare OTHER_CHECKOUT  # this tree and another, alternating

Each row runs `python -m vigilint ...` (with `--tree`, that checkout's `vigilint` package first
on PYTHONPATH, for before/after figures with one interpreter) once to warm the bytecode and
file caches, then `--runs` times. Reported: median and p90 wall time, and median CPU time (user
+ system of the process and the children it waited for, from `getrusage(RUSAGE_CHILDREN)`;
`vigilint prompt` checks in a forked child). The machine is shared: CPU time is the steadier
figure. Bytecode caches are written and used (`PYTHONDONTWRITEBYTECODE` is cleared), as for
an installed package. The scan runs with `--no-cache` when the tree has it, so that it measures analysis, not
a cache hit (a row with the cache follows).

`--compare OTHER` runs each row for the tree (`--tree`, else the installed package) and for
OTHER in turn, one run of each alternately, so that both see the same load on a shared
machine; the table has both trees' figures side by side and the load average before and after.
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
import time
from pathlib import Path

SMALL_FILE = '''import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    name = request.args.get("name", "")
    rows = conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
    return {"rows": [list(r) for r in rows]}
'''

PROMPT = ("Write a Flask endpoint that lets a logged-in user upload a profile picture and "
          "store it under the uploads folder.\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], runs: int, env: dict[str, str], cwd: str,
          stdin: Path | None = None, warm: bool = True) -> tuple[list[float], list[float]]:
    def once() -> None:
        with open(stdin if stdin is not None else os.devnull, "rb") as given:
            subprocess.run(cmd, stdin=given, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env, cwd=cwd, check=False)

    if warm:
        once()
    wall, cpu = [], []
    for _ in range(runs):
        before = _children_cpu()
        start = time.perf_counter()
        once()
        wall.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - before)
    return wall, cpu


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def _env(tree: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed vigilint has its bytecode cached
    if tree is not None:
        env["PYTHONPATH"] = str(tree.resolve())
    return env


def _rows(env: dict[str, str], work: str) -> dict[str, list[str]]:
    probe = subprocess.run([sys.executable, "-m", "vigilint", "scan", "--help"], env=env,
                           capture_output=True, text=True, check=False,
                           cwd=tempfile.gettempdir())
    no_cache = ["--no-cache"] if "--no-cache" in probe.stdout else []
    base = [sys.executable, "-m", "vigilint"]
    rows = {
        "python -c pass (interpreter floor)": [sys.executable, "-c", "pass"],
        "vigilint scan app.py --no-cache": [*base, "scan", "app.py", "--quiet", *no_cache],
        "vigilint prompt prompt.txt": [*base, "prompt", "prompt.txt"],
        "vigilint hook claude-code < event.json (the prompt)": [*base, "hook", "claude-code"],
    }
    if no_cache:
        rows["vigilint scan app.py (cache hit)"] = [*base, "scan", "app.py", "--quiet"]
    else:
        rows["vigilint scan app.py"] = rows.pop("vigilint scan app.py --no-cache")
    return rows


def _write_inputs(work: str) -> Path:
    Path(work, "app.py").write_text(SMALL_FILE, encoding="utf-8")
    Path(work, "prompt.txt").write_text(PROMPT, encoding="utf-8")
    event = Path(work, "event.json")
    event.write_text(json.dumps({
        "hook_event_name": "UserPromptSubmit", "session_id": "bench", "cwd": work,
        "transcript_path": str(Path(work, "t.jsonl")), "prompt": PROMPT}), encoding="utf-8")
    return event


def _compare(trees: list[Path | None], runs: int) -> None:
    envs = [_env(t) for t in trees]
    names = [str(t) if t is not None else "this tree (installed)" for t in trees]
    # one folder per tree: the trees' scan caches are not each other's
    with tempfile.TemporaryDirectory() as top:
        works = [str(Path(top, str(i))) for i in range(len(trees))]
        events = []
        for work in works:
            Path(work).mkdir()
            events.append(_write_inputs(work))
        rows = [_rows(env, work) for env, work in zip(envs, works, strict=True)]
        print(f"{runs} runs per row and tree, alternating; load {os.getloadavg()[0]:.1f} at start")
        print("| command | " + " | ".join(f"median CPU ms ({n}) | median wall ms ({n})"
                                        for n in names) + " |")
        print("|---|" + "---|---|" * len(trees))
        for name in rows[0]:
            cmds = [r.get(name) for r in rows]
            cpu: list[list[float]] = [[] for _ in trees]
            wall: list[list[float]] = [[] for _ in trees]
            for i, cmd in enumerate(cmds):
                if cmd is not None:  # warm
                    timed(cmd, 0, envs[i], works[i], events[i] if "hook" in cmd else None)
            for _ in range(runs):
                for i, cmd in enumerate(cmds):
                    if cmd is None:
                        continue
                    w, c = timed(cmd, 1, envs[i], works[i],
                                 events[i] if "hook" in cmd else None, warm=False)
                    wall[i] += w
                    cpu[i] += c
            cells = [f"{1000 * statistics.median(c):.0f} | {1000 * statistics.median(w):.0f}"
                     if c else "- | -" for c, w in zip(cpu, wall, strict=True)]
            print(f"| {name} | " + " | ".join(cells) + " |")
        print(f"load {os.getloadavg()[0]:.1f} at end")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--tree", type=Path, help="checkout whose `vigilint` package to run")
    parser.add_argument("--compare", type=Path,
                        help="another checkout, run alternately with the tree")
    args = parser.parse_args()
    if args.compare is not None:
        _compare([args.tree, args.compare], args.runs)
        return 0
    env = _env(args.tree)
    with tempfile.TemporaryDirectory() as work:
        event = _write_inputs(work)
        rows = _rows(env, work)
        print(f"{args.runs} runs per row, tree {args.tree or 'installed'}, load "
              f"{os.getloadavg()[0]:.1f}")
        print("| command | median wall ms | p90 wall ms | median CPU ms |")
        print("|---|---|---|---|")
        for name, cmd in rows.items():
            wall, cpu = timed(cmd, args.runs, env, work, event if "hook" in cmd else None)
            print(f"| {name} | {1000 * statistics.median(wall):.0f} | {1000 * _p90(wall):.0f} | "
                  f"{1000 * statistics.median(cpu):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
