"""Long fuzz run of the language server: random and malformed LSP traffic for as long as asked,
with fresh seeds, every property checked on every session (see tests/server/fuzz_traffic.py).

    python bench/fuzz_lsp.py --minutes 30                 # fresh seeds, results to stdout
    python bench/fuzz_lsp.py --minutes 30 --out bench/results/fuzz_lsp.md
    python bench/fuzz_lsp.py --seed 1234 --sessions 1     # replay one session

The first seed is drawn from os.urandom unless given; session k uses seed + k, so a violation
is replayed with `--seed <its seed> --sessions 1`. Hang = a request unanswered for more than
`--deadline` seconds (10 by default, as in issue 26).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from server.fuzz_traffic import ORDERINGS, Report, run_session  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--sessions", type=int, default=0, help="stop after this many")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--steps", type=int, default=60, help="actions per session")
    parser.add_argument("--burst", type=int, default=1000, help="largest edit burst")
    parser.add_argument("--deadline", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    first = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "big")
    report = Report()
    failing: list[tuple[int, list[str]]] = []
    started = time.monotonic()
    cpu_started = time.process_time()
    k = 0
    while True:
        if args.sessions and k >= args.sessions:
            break
        if not args.sessions and time.monotonic() - started > args.minutes * 60:
            break
        seed = first + k
        before = len(report.violations)
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / ".git").mkdir()
            run_session(seed, root, report, steps=args.steps, burst=args.burst,
                        deadline=args.deadline)
        if len(report.violations) > before:
            failing.append((seed, report.violations[before:]))
            print(f"seed {seed}: {report.violations[before:]}", file=sys.stderr, flush=True)
        k += 1
        if k % 20 == 0:
            print(f"{k} sessions, {len(report.violations)} violations, "
                  f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - started
    lines = [
        f"Run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {elapsed / 60:.1f} minutes "
        f"wall, first seed {first} (sessions use seed, seed+1, ...), {args.steps} actions per "
        f"session, bursts of up to {args.burst} edits, deadline {args.deadline:.0f} s.",
        "",
        "| measure | count |",
        "|---|---|",
        f"| sessions (server processes) | {report.sessions} |",
        f"| actions | {report.messages} |",
        f"| requests | {report.requests} |",
        f"| edits (didChange) | {report.edits} |",
        f"| malformed messages and parameters | {report.malformed} |",
    ]
    for name in ("answered", "range checks", "stale checks", "secret checks", "exit checks",
                 "push sessions", "pull sessions", *(f"ordering {o}" for o in ORDERINGS)):
        lines.append(f"| {name} | {report.counts[name]} |")
    lines += [
        "",
        f"Worst answer latency: {report.worst_answer:.2f} s. Violations: "
        f"{len(report.violations)} in {len(failing)} sessions.",
    ]
    for seed, found in failing[:30]:
        lines.append(f"- seed {seed}: " + "; ".join(v[:200] for v in found[:3]))
    text = "\n".join(lines) + "\n"
    print(text)
    print(f"(the fuzzing client used {time.process_time() - cpu_started:.0f} s of CPU)",
          file=sys.stderr)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
