"""CPU time tree-sitter takes to parse every code file of a folder (the floor a scan is
compared with): `time.process_time` around the parses only, files read first, best and median
of N rounds.

    python bench/parse_time.py /work/shared/corpus/code/owasp_benchmark_python --rounds 5
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from vigilint.analyzers.languages import TREE_LANGUAGES, language_for, parser_for
from vigilint.scan_project import CODE_LANGUAGES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    files: list[tuple[str, bytes]] = []
    for path in sorted(args.folder.rglob("*")):
        language = language_for(path.name) if path.is_file() else None
        if language in CODE_LANGUAGES and language in TREE_LANGUAGES:
            files.append((language, path.read_bytes()))
    parsers = {language: parser_for(language) for language, _ in files}
    times = []
    for _ in range(args.rounds):
        start = time.process_time()
        for language, source in files:
            parsers[language].parse(source)
        times.append(time.process_time() - start)
    print(f"{len(files)} files, {sum(len(s) for _, s in files) / 1e6:.1f} MB: parse CPU s "
          f"best {min(times):.3f}, median {statistics.median(times):.3f} "
          f"({', '.join(f'{t:.3f}' for t in times)})")


if __name__ == "__main__":
    main()
