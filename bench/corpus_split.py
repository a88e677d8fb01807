"""Split the shared corpus into a part we read while writing rules and a part we only score.

    python bench/corpus_split.py                 # (re)write bench/corpus_split.json
    python bench/corpus_split.py --check         # fail if the committed split is out of date

Every item of `../shared/corpus` (a labelled code file, a prompt, a secret row) goes to `dev`
or `holdout` by a keyed hash of its identity with a fixed seed, so the split is stable: adding
items to the corpus never moves an existing one. Items that belong together stay together (a
CWEval task's `_secure` and `_unsafe` files). Half goes to each part.

Rules, models and fixtures may be written while reading `dev` items. `holdout` items are only
scored (`bench/score_corpus.py --split holdout`, `bench/secrets_bench.py --split holdout`,
`bench/prompt_bench.py --split holdout`); nobody opens them while writing code. The split was
made on 2026-12-06; the first landing had read the whole corpus before that, so holdout figures
count as unseen only for rules and models written after that date.

Identities in the JSON:
- code: `<source>/<file>` as in `code/<source>/labels.jsonl`;
- prompts: the row's `id`;
- secrets: `<file stem>:<sha256 of the row's text, 16 hex>` (rows have no id of their own).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

SEED = "vigilint-corpus-split-2026-12-06"
HOLDOUT_SHARE = 0.5
HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
SPLIT_FILE = HERE / "corpus_split.json"

_PAIR_SUFFIX = re.compile(r"_(secure|unsafe)(?=\.[^./]+$)")


def group_key(kind: str, identity: str) -> str:
    """Items with the same group key land in the same part."""
    if kind == "code" and identity.startswith("cweval/"):
        return _PAIR_SUFFIX.sub("", identity)
    return identity


def part_of(kind: str, identity: str) -> str:
    digest = hashlib.sha256(f"{SEED}\0{kind}\0{group_key(kind, identity)}".encode()).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2**64
    return "holdout" if fraction < HOLDOUT_SHARE else "dev"


def secret_identity(stem: str, text: str) -> str:
    return f"{stem}:{hashlib.sha256(text.encode()).hexdigest()[:16]}"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(corpus: Path) -> dict:
    parts: dict[str, dict[str, list[str]]] = {
        "dev": {"code": [], "prompts": [], "secrets": []},
        "holdout": {"code": [], "prompts": [], "secrets": []},
    }
    for labels in sorted((corpus / "code").glob("*/labels.jsonl")):
        source = labels.parent.name
        for row in _rows(labels):
            identity = f"{source}/{row['file']}"
            parts[part_of("code", identity)]["code"].append(identity)
    for prompts in sorted((corpus / "prompts").glob("*.jsonl")):
        for row in _rows(prompts):
            parts[part_of("prompts", row["id"])]["prompts"].append(row["id"])
    for secrets in sorted((corpus / "secrets").glob("*.jsonl")):
        seen: set[str] = set()
        for row in _rows(secrets):
            identity = secret_identity(secrets.stem, row["text"])
            if identity in seen:  # a text listed twice is one item
                continue
            seen.add(identity)
            parts[part_of("secrets", identity)]["secrets"].append(identity)
    for part in parts.values():
        for items in part.values():
            items.sort()
    return {
        "seed": SEED,
        "holdout_share": HOLDOUT_SHARE,
        "made": "2026-12-06",
        "note": "dev: read while writing rules; holdout: scored only. See bench/corpus_split.py.",
        "counts": {name: {kind: len(items) for kind, items in part.items()} for name, part in parts.items()},
        **parts,
    }


def load_split(path: Path = SPLIT_FILE) -> dict[str, set[str]]:
    """`{"dev": {...identities}, "holdout": {...}}` over all kinds, for the scoring scripts."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: {i for items in data[name].values() for i in items} for name in ("dev", "holdout")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--check", action="store_true", help="compare with the committed split")
    args = parser.parse_args(argv)
    split = build(args.corpus)
    text = json.dumps(split, indent=1, sort_keys=False) + "\n"
    if args.check:
        if SPLIT_FILE.read_text(encoding="utf-8") != text:
            print("bench/corpus_split.json is out of date: run bench/corpus_split.py", file=sys.stderr)
            return 1
        return 0
    SPLIT_FILE.write_text(text, encoding="utf-8")
    by_source = Counter(i.split("/", 1)[0] for i in split["holdout"]["code"])
    print(json.dumps(split["counts"]), dict(by_source))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
