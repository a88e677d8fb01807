"""Split the realistic services of bench/realistic_cases into a dev half and a holdout half.

    python bench/realistic_split.py            # (re)write bench/realistic_split.json
    python bench/realistic_split.py --check    # fail if the committed split is out of date

Each service (a folder with a `labels.json`) goes whole to one part. Per language the services
are sorted by name and shuffled with a fixed seed; alternate services go to `dev` and
`holdout`, and the language that has an odd count gives its extra service to the parts in turn,
so both halves hold every language. `dev` services may be read while fixing rules and models;
`holdout` services are only scored (`bench/realistic_bench.py --split holdout`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 14_2026_12_06
HERE = Path(__file__).resolve().parent
CASES = HERE / "realistic_cases"
SPLIT_FILE = HERE / "realistic_split.json"


def services(cases: Path = CASES) -> dict[str, str]:
    """Service name -> language, from each service's labels.json."""
    found: dict[str, str] = {}
    for manifest in sorted(cases.glob("*/labels.json")):
        found[manifest.parent.name] = json.loads(manifest.read_text(encoding="utf-8"))["language"]
    return found


def make_split(cases: Path = CASES) -> dict[str, list[str]]:
    by_language: dict[str, list[str]] = defaultdict(list)
    for name, language in services(cases).items():
        by_language[language].append(name)
    rng = random.Random(SEED)
    parts: dict[str, list[str]] = {"dev": [], "holdout": []}
    extra_to_dev = True
    for language in sorted(by_language):
        names = sorted(by_language[language])
        rng.shuffle(names)
        first, second = ("dev", "holdout") if extra_to_dev else ("holdout", "dev")
        for index, name in enumerate(names):
            parts[first if index % 2 == 0 else second].append(name)
        if len(names) % 2:
            extra_to_dev = not extra_to_dev
    return {part: sorted(names) for part, names in parts.items()}


def load_split() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed split differs")
    args = parser.parse_args(argv)
    split = make_split()
    if args.check:
        committed = load_split()
        if {part: committed.get(part) for part in split} != split:
            print("bench/realistic_split.json is out of date", file=sys.stderr)
            return 1
        return 0
    SPLIT_FILE.write_text(json.dumps({"seed": SEED, **split}, indent=1) + "\n", encoding="utf-8")
    print(f"dev {len(split['dev'])} services, holdout {len(split['holdout'])} services")
    return 0


if __name__ == "__main__":
    sys.exit(main())
