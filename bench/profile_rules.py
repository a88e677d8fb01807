"""Per-rule CPU cost of the engine over a folder: where does the time go?

    python bench/profile_rules.py ../shared/corpus/code/owasp_benchmark_python --limit 300 --top 25

Each file is read and analysed in this process (no pool). Time spent in `Engine._run` is
charged to the rule it runs (for the first rule that triggers a shared per-file analysis, such
as the taint pass or the import table, that analysis is included: the rule that pays first is
the one that would pay in a real scan). What is left of `Engine.analyze` (parsing, the query
pass, suppressions, findings) is reported as engine overhead. Times are CPU (process_time).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import language_for
from vigilint.config import Settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="at most this many files (0: all)")
    parser.add_argument("--top", type=int, default=25, help="rules to list")
    parser.add_argument("--language", help="only files of this language")
    args = parser.parse_args()

    clock = time.process_time
    start_import = clock()
    engine = Engine(settings=Settings())
    per_rule: dict[str, float] = defaultdict(float)
    calls: Counter[str] = Counter()
    original_run = Engine._run

    def timed_run(self: Engine, rule: Any, ctx: Any, target: Any, errors: list[str]) -> Any:
        t0 = clock()
        try:
            return original_run(self, rule, ctx, target, errors)
        finally:
            per_rule[rule.id] += clock() - t0
            calls[rule.id] += 1

    Engine._run = timed_run  # type: ignore[method-assign]
    files = sorted(p for p in args.folder.rglob("*") if p.is_file())
    texts: list[tuple[str, str, str]] = []
    for path in files:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        rel = path.relative_to(args.folder).as_posix()
        language = language_for(rel, text[:200].encode("utf-8", "replace"))
        if language is None or (args.language and language != args.language):
            continue
        texts.append((rel, text, language))
        if args.limit and len(texts) >= args.limit:
            break
    # Warm-up: build the plans (query compilation) outside the measurement.
    for language in {lang for _, _, lang in texts}:
        engine.plan(language)
    setup = clock() - start_import

    total = 0.0
    findings = 0
    for rel, text, language in texts:
        t0 = clock()
        analysis = engine.analyze(rel, text, language)
        total += clock() - t0
        findings += len(analysis.findings)
    n = max(len(texts), 1)
    in_rules = sum(per_rule.values())
    print(f"{len(texts)} files, {findings} findings; setup (rules + plans) {setup:.2f} s CPU")
    print(f"total {1000 * total / n:.2f} ms/file CPU: rules {1000 * in_rules / n:.2f}, "
          f"engine {1000 * (total - in_rules) / n:.2f}; "
          f"{sum(calls.values()) / n:.0f} rule runs/file")
    print("| rule | ms/file | runs/file |")
    print("|---|---|---|")
    for rule_id, spent in sorted(per_rule.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"| {rule_id} | {1000 * spent / n:.3f} | {calls[rule_id] / n:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
