"""Where a scan's time goes, by phase, from cProfile files of whole `vigilint scan` runs.

    python -m cProfile -o /tmp/before.prof -m vigilint scan DIR --jobs 1 --no-cache \
        --format json --quiet -o /dev/null          # run from outside the checkout, with
                                                    # PYTHONPATH=<tree> to pick a tree
    python bench/profile_phases.py /tmp/before.prof [/tmp/after.prof]

Each phase is the cumulative time of its entry point (a shared per-file analysis is charged to
the phase whatever rule asks for it first) or, for the C methods of tree-sitter, their own
time. Phases overlap (the fix gate's re-analyses run every other phase again), so the shares
do not add up to 100 %. cProfile inflates Python-heavy code more than C calls: read the shares
as a ranking, and time the scan without the profiler for figures.
"""

from __future__ import annotations

import argparse
import pstats

# (label, file suffix under vigilint/ or "~" for a builtin, function name, 1 = own time /
# 2 = cumulative time)
PHASES: tuple[tuple[str, str, str, int], ...] = (
    ("whole CLI run", "cli/__init__.py", "run", 2),
    ("  analyses (Engine.analyze, fix gate included)", "analyzers/engine.py", "analyze", 2),
    ("  project index (read + summaries)", "scan.py", "_prepare", 2),
    ("parse (tree-sitter)", "~", "<method 'parse' of 'tree_sitter.Parser' objects>", 1),
    ("QueryCursor.matches (the engine's query pass)", "~",
     "<method 'matches' of 'tree_sitter.QueryCursor' objects>", 1),
    ("engine rule selection (prefilters)", "analyzers/engine.py", "select", 2),
    ("engine per-rule dispatch (_run, own time)", "analyzers/engine.py", "_run", 1),
    ("helper queries (QueryCursor.captures, all callers)", "~",
     "<method 'captures' of 'tree_sitter.QueryCursor' objects>", 1),
    ("dataflow (flow())", "analyzers/dataflow/flow.py", "flow", 2),
    ("crypto implementations (VG-CRYPTO-001..009)", "analyzers/crypto/implementations.py",
     "implementations", 2),
    ("access: route inventory (Python)", "analyzers/access/python/routes.py", "inventory", 2),
    ("access: identity trust", "analyzers/access/identity.py", "trusted_reads", 2),
    ("secrets scan (matches_for)", "analyzers/secrets/scanner.py", "matches_for", 2),
    ("hallucinated Python APIs (VG-API-001)", "analyzers/apis/python_api.py", "_check_file", 2),
    ("file role (ctx.role)", "analyzers/context.py", "role", 2),
    ("fix gate (verified: the re-analyses)", "analyzers/fix_check.py", "verified", 2),
)


def _load(path: str) -> dict[tuple[str, str], tuple[float, float]]:
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for (filename, _line, name), (_cc, _nc, own, cumulative, _callers) in \
            pstats.Stats(path).stats.items():  # type: ignore[attr-defined]
        key = (filename.split("/vigilint/")[-1], name)
        old = out.get(key, (0.0, 0.0))
        out[key] = (old[0] + own, old[1] + cumulative)
    return out


def _seconds(stats: dict[tuple[str, str], tuple[float, float]], suffix: str, name: str,
             which: int) -> float:
    return sum(v[which - 1] for (f, n), v in stats.items() if n == name and f.endswith(suffix))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profiles", nargs="+", help="one or two cProfile output files")
    args = parser.parse_args()
    loaded = [_load(p) for p in args.profiles]
    totals = [_seconds(s, *PHASES[0][1:]) or 1.0 for s in loaded]
    header = " | ".join(f"{p} s | share" for p in args.profiles)
    print(f"| phase | {header} |\n|---|" + "---|---|" * len(loaded))
    for label, suffix, name, which in PHASES:
        cells = []
        for stats, total in zip(loaded, totals, strict=True):
            seconds = _seconds(stats, suffix, name, which)
            cells.append(f"{seconds:.2f} | {seconds / total:.0%}")
        print(f"| {label} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
