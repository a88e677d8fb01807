"""CPU cost of the fix gate (analyzers/fix_check.py): every file of a folder analysed in one
process with the gate on and off, `time.process_time`, best of N rounds each, interleaved.

    python bench/fix_gate_cost.py /work/shared/corpus/code/owasp_benchmark_python --rounds 3
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import language_for
from vigilint.scan_project import CODE_LANGUAGES


def _files(root: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and language_for(path.name) in CODE_LANGUAGES:
            out.append((path.relative_to(root).as_posix(),
                        path.read_text(encoding="utf-8", errors="replace")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = _files(args.folder)
    engine = Engine()
    for rel, text in files[:20]:  # warm the plans and imports
        engine.analyze(rel, text)
    times: dict[bool, list[float]] = {True: [], False: []}
    fixed = rejected = findings = 0
    for _ in range(args.rounds):
        for gate in (False, True):
            start = time.process_time()
            for rel, text in files:
                analysis = engine.analyze(rel, text, verify_fixes=gate)
                if gate:
                    findings += len(analysis.findings)
                    fixed += sum(f.fix is not None for f in analysis.findings)
                    rejected += len(analysis.fixes_rejected)
            times[gate].append(time.process_time() - start)
    off, on = min(times[False]), min(times[True])
    print(f"{len(files)} files; gate off {off:.2f} s, on {on:.2f} s CPU "
          f"(+{(on - off) / off * 100:.1f} %); per round: {findings // args.rounds} findings, "
          f"{fixed // args.rounds} with a verified fix, {rejected // args.rounds} fixes rejected")


if __name__ == "__main__":
    main()
