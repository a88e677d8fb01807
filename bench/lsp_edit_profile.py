"""Per-edit cost of the language server's analysis, in-process (issue 18): `run_analysis` on
the edit kinds of `lsp_latency.py --only kinds` (same synthetic files and edits), without the
LSP transport and debounce. Reports wall and thread-CPU milliseconds per edit (median, p95),
and optionally a cProfile of the edits.

    python bench/lsp_edit_profile.py --languages python --sizes 5000 20000
    python bench/lsp_edit_profile.py --sizes 20000 --kinds module --profile /tmp/p.out
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from lsprotocol import types

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lsp_latency import KIND_EXTENSIONS, kind_plan, synthetic_kinds  # noqa: E402

EDIT_KINDS = ("function", "module", "paste")


def _no_ranges(path: str, current: Any) -> list[Any]:
    return []


_GC = {"started": 0.0, "seconds": 0.0}


def _gc_timer(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _GC["started"] = time.perf_counter()
    else:
        _GC["seconds"] += time.perf_counter() - _GC["started"]


def run(language: str, lines: int, kind: str, edits: int,
        profile: cProfile.Profile | None) -> tuple[list[float], list[float], int, int, float]:
    """(wall seconds, CPU seconds) per edit, the number of scoped results, the findings
    of the last result, and the seconds of garbage collection during the edits."""
    from vigilint.analyzers.engine import Engine
    from vigilint.config import Settings
    from vigilint.server.analysis import Snapshot, run_analysis
    from vigilint.server.documents import Document

    settings = Settings()
    engine = Engine(settings=settings)
    if os.environ.get("BENCH_GC_FREEZE"):  # as the server does after loading the rules
        engine.plan(language)
        gc.freeze()
    text = synthetic_kinds(language, lines)
    doc = Document(uri=f"file:///bench/kinds.{KIND_EXTENSIONS[language]}", text=text,
                   version=1)
    last = run_analysis(lambda: engine, settings, Snapshot(
        doc.uri, doc.path, doc.text, 1, doc.language, None, False), _no_ranges)
    doc.tree, doc.edits = last.tree, []
    walls, cpus, scoped = [], [], 0
    _GC["seconds"] = 0.0
    for version, (line, col, end_line, end_col, new) in enumerate(
            kind_plan(language, text, kind, edits), 2):
        doc.apply(types.TextDocumentContentChangePartial(range=types.Range(
            start=types.Position(line=line, character=col),
            end=types.Position(line=end_line, character=end_col)), text=new))
        doc.version = version
        snap = Snapshot(doc.uri, doc.path, doc.text, version, doc.language, doc.tree, False,
                        base=last, edits=list(doc.edits or []), full=False)
        began, began_cpu = time.perf_counter(), time.thread_time()
        if profile is not None:
            profile.enable()
        last = run_analysis(lambda: engine, settings, snap, _no_ranges)
        if profile is not None:
            profile.disable()
        walls.append(time.perf_counter() - began)
        cpus.append(time.thread_time() - began_cpu)
        scoped += last.ran_scoped
        if last.tree is not None:
            doc.tree = last.tree
        doc.edits = []
    return walls, cpus, scoped, len(last.findings), _GC["seconds"]


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[
        min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", nargs="+", default=["python"],
                        choices=list(KIND_EXTENSIONS))
    parser.add_argument("--sizes", nargs="+", type=int, default=[5000, 20000])
    parser.add_argument("--kinds", nargs="+", default=list(EDIT_KINDS), choices=EDIT_KINDS)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--profile", help="write a cProfile of the edits to this file")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None
    print("| language | lines | edit | edits | scoped | findings | median ms | p95 ms | "
          "CPU median ms | CPU p95 ms | GC ms per edit | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    gc.callbacks.append(_gc_timer)
    for language in args.languages:
        for lines in args.sizes:
            for kind in args.kinds:
                load = os.getloadavg()[0]
                walls, cpus, scoped, findings, collecting = run(language, lines, kind,
                                                                args.edits, profile)
                med, p95 = summary(walls)
                cmed, cp95 = summary(cpus)
                print(f"| {language} | {lines:,} | {kind} | {len(walls)} | {scoped} | "
                      f"{findings} | {med:.1f} | {p95:.1f} | {cmed:.1f} | {cp95:.1f} | "
                      f"{collecting * 1000 / len(walls):.1f} | "
                      f"{(load + os.getloadavg()[0]) / 2:.1f} |", flush=True)
    if profile is not None:
        profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()
