"""The long fuzz run: the properties of tests/fuzz (hook answers, hostile file trees, prompts)
for a time budget with fresh seeds, counting the cases tried per property.

    python bench/fuzz_soak.py --minutes 30 [--seed N] [--out bench/results/fuzz.md]

Each round runs one property's hypothesis test for a batch of examples under a seed derived
from the master seed (recorded, so a failure can be replayed with --seed). Failures are
collected, not fatal. CPU time is reported beside wall time (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))


def _properties() -> dict[str, Callable[[int, int], None]]:
    from hookfuzz import check_hook_case, hook_cases
    from hypothesis import HealthCheck, given, seed, settings
    from treefuzz import check_prompt_input, check_tree, prompt_inputs, trees

    def runner(strategy: Any, check: Callable[[Any], None]) -> Callable[[int, int], None]:
        def run(batch: int, at: int) -> None:
            test = given(strategy)(check)
            settings(max_examples=batch, database=None, deadline=10_000,
                     suppress_health_check=list(HealthCheck))(test)
            seed(at)(test)()
        return run

    return {"hooks": runner(hook_cases(), check_hook_case),
            "trees": runner(trees(), check_tree),
            "prompts": runner(prompt_inputs(), lambda case: check_prompt_input(*case))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--batch", type=int, default=40)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "fuzz.md")
    args = parser.parse_args()
    master = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    os.environ.setdefault("VIGILINT_STATE_DIR", tempfile.mkdtemp(prefix="vigilint-soak-"))
    import hookfuzz
    import treefuzz

    properties = _properties()
    rng = random.Random(master)
    failures: list[str] = []
    rounds = dict.fromkeys(properties, 0)
    start, cpu0 = time.monotonic(), time.process_time()
    deadline = start + args.minutes * 60
    # hook cases are ~20x cheaper than a tree scan: give them bigger batches
    batches = {"hooks": args.batch * 5, "trees": args.batch, "prompts": args.batch}
    while time.monotonic() < deadline:
        for name, prop in properties.items():
            if time.monotonic() >= deadline:
                break
            at = rng.randrange(2**32)
            rounds[name] += 1
            try:
                prop(batches[name], at)
            except Exception as exc:  # a property failed: keep the seed and go on
                failures.append(f"{name} seed {at}: {type(exc).__name__}: "
                                f"{str(exc).splitlines()[0][:300] if str(exc) else ''}")
                traceback.print_exc()
    wall, cpu = time.monotonic() - start, time.process_time() - cpu0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    counts = {**hookfuzz.COUNTS, **treefuzz.COUNTS}
    lines = [
        "# Fuzz soak (bench/fuzz_soak.py)", "",
        f"Master seed {master}; {args.minutes:g} minutes requested; wall {wall / 60:.1f} min, "
        f"CPU {cpu / 60:.1f} min in the process (+{(children.ru_utime + children.ru_stime) / 60:.1f}"
        " min in forked children). Rounds per property: "
        + ", ".join(f"{k} {v}" for k, v in rounds.items()) + ".", "",
        "| property | cases tried |", "|---|---|",
        *(f"| {k} | {v:,} |" for k, v in sorted(counts.items())), "",
        f"Failures: {len(failures)}", "",
        *(f"- {f}" for f in failures),
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
