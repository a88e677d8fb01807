"""Score the prompt guard on named labelled sets, prompt by prompt, and compare two runs.

    python bench/prompt_sets.py probe_i17o holdout19 ... [--save FILE] [--against FILE]

A name is `bench/prompts/labelled_<name>.jsonl` or, failing that, `bench/prompts/<name>.jsonl`
(only the names given are opened). Prints per set: accuracy, crypto-implementation requests
blocked, explanations/reviews/uses blocked, harmless prompts allowed, sensitive warned and
accuracy per variant. `--save` writes every verdict (id -> verdict) as JSON; `--against` reads
such a file and lists the verdicts that changed (ids and labels only).
Measurement only: nothing here feeds back into the guard.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.prompts import check_prompt  # noqa: E402

HARMLESS = ("harmless", "mention", "question")
EXPLAIN = ("crypto-explain", "crypto-code-review", "crypto-use")
BLOCK = ("crypto-impl", "crypto-code")


def path_of(name: str) -> Path:
    if "holdout20" in name:
        raise SystemExit("holdout20 is held back")
    for candidate in (ROOT / "bench" / "prompts" / f"labelled_{name}.jsonl",
                      ROOT / "bench" / "prompts" / f"{name}.jsonl"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"no set named {name}")


def share(rows: list[tuple[dict, str]], pick, good) -> str:
    chosen = [(r, v) for r, v in rows if pick(r)]
    hits = sum(good(v) for _, v in chosen)
    return f"{hits}/{len(chosen)}" if chosen else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--show", action="store_true", help="list misclassified rows (seen sets only)")
    args = parser.parse_args()
    saved: dict[str, str] = {}
    before = json.loads(args.against.read_text()) if args.against else {}
    print("| set | n | accuracy | crypto blocked | expl/use blocked | harmless allowed "
          "| sensitive warned | per variant |")
    print("|---|---|---|---|---|---|---|---|")
    changed: list[str] = []
    for name in args.names:
        rows = [json.loads(line) for line in path_of(name).read_text(encoding="utf-8").splitlines()
                if line.strip()]
        got: list[tuple[dict, str]] = []
        for row in rows:
            verdict = check_prompt(row["prompt"]).verdict
            got.append((row, verdict))
            key = f"{name}:{row['id']}"
            saved[key] = verdict
            if key in before and before[key] != verdict:
                changed.append(f"{key} {row.get('kind')}/{row.get('variant', '-')} label={row['verdict']} "
                               f"{before[key]} -> {verdict}")
            if args.show and verdict != row["verdict"]:
                print(f"  MISS {row['id']} {row.get('kind')}/{row.get('variant', '-')} "
                      f"{row['verdict']}->{verdict}: {row['prompt'][:150]!r}", file=sys.stderr)
        correct = sum(v == r["verdict"] for r, v in got)
        variants: dict[str, list[bool]] = defaultdict(list)
        for r, v in got:
            if r.get('kind') == "sensitive":
                variants[r.get("variant", "-").rstrip("0123456789")].append(v == r["verdict"])
        per_variant = ", ".join(f"{k} {sum(x)}/{len(x)}" for k, x in sorted(variants.items()))
        print(f"| {name} | {len(rows)} | {correct / len(rows):.3f} ({correct}) "
              f"| {share(got, lambda r: r.get('kind') in BLOCK, lambda v: v == 'block')} "
              f"| {share(got, lambda r: r.get('kind') in EXPLAIN, lambda v: v == 'block')} "
              f"| {share(got, lambda r: r.get('kind') in HARMLESS, lambda v: v == 'allow')} "
              f"| {share(got, lambda r: r['verdict'] == 'warn', lambda v: v != 'allow')} "
              f"| {per_variant} |")
    if args.save:
        args.save.write_text(json.dumps(saved, indent=0, sort_keys=True))
    if args.against:
        print(f"\nchanged verdicts: {len(changed)}")
        for line in changed:
            print("  " + line)


if __name__ == "__main__":
    main()
