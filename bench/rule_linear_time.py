"""Every rule on 1 MB pathological lines: CPU seconds per rule (target < 1 s), with the
tree-sitter parse measured apart (it is the grammar's, not the rule's).

    python bench/rule_linear_time.py                      # markdown on stdout
    python bench/rule_linear_time.py --size 1000000 --out bench/results/rule_linear_time.md
    python bench/rule_linear_time.py --languages dockerfile,go,java   # some languages only

The lines are those of tests/pathological_inputs.py (runs of word characters, a keyword
repeated, runs of spaces and separators, unterminated strings, as code, in a string and in a
comment). Rules run in groups per language and file name; a group under 1 s on a line means
each of its rules is. A group over it is halved until the halves are within the budget or
single rules (`split_over_budget`), which names every rule over it. Deeply nested lines (a
chain or nesting as long as the line, `DEEP`) are grown from 1,000 characters, doubling while
a group stays under 1/8 s, since some rules are quadratic (or worse) in the depth of the tree.
CPU time of this process (`time.process_time`), so other jobs on the machine do not count.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pathological_inputs import (  # noqa: E402
    DEEP,
    LINE_SHAPES,
    group_text,
    groups,
    rule_cpu,
)

from vigilint.analyzers.engine import Engine  # noqa: E402
from vigilint.model import Rule  # noqa: E402

BUDGET = 1.0
TOKEN = "auth"


def parse_cpu(parser: Engine, language: str, text: str) -> tuple[object, float]:
    started = time.process_time()
    tree = parser.parse(language, text.encode("utf-8", "surrogatepass"))
    return tree, time.process_time() - started


def split_over_budget(rules: list[Rule], path: str, language: str, text: str,
                      tree: object) -> list[tuple[Rule, float]]:
    """The rules of a group over budget, each with its CPU seconds alone, found by halving:
    a half that stays within the budget holds no rule over it (a rule alone does less than
    any set that contains it), so a group of 220 rules costs a few dozen runs, not 220."""
    if len(rules) == 1:
        return [(rules[0], rule_cpu(Engine(rules=rules), path, language, text, tree))]
    out: list[tuple[Rule, float]] = []
    for half in (rules[:len(rules) // 2], rules[len(rules) // 2:]):
        spent = rule_cpu(Engine(rules=half), path, language, text, tree)
        if spent > BUDGET:
            out.extend(split_over_budget(half, path, language, text, tree))
    return out


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--size", type=int, default=1_000_000)
    cli.add_argument("--out", type=Path, default=None)
    cli.add_argument("--languages", default="", help="comma-separated: only these languages")
    args = cli.parse_args()
    only = {name for name in args.languages.split(",") if name}
    parser = Engine(rules=())
    rows: list[str] = []
    worst_rule: tuple[float, str] = (0.0, "")
    over: list[str] = []
    parse_notes: list[str] = []
    deep_notes: list[str] = []
    measured = 0
    for (language, path), rules in sorted(groups().items()):
        if only and language not in only:
            continue
        engine = Engine(rules=rules)
        group_worst = (0.0, "")
        for shape in LINE_SHAPES:
            text = group_text(language, rules, shape, TOKEN, args.size)
            small = group_text(language, rules, shape, TOKEN, args.size // 16)
            _, small_parse = parse_cpu(parser, language, small)
            if small_parse > BUDGET / 4:  # the grammar is super-linear here: do not wait
                parse_notes.append(f"{language} {shape!r}: parse {small_parse:.2f} s at "
                                   f"{len(small):,} characters; not run at {len(text):,}")
                continue
            tree, parse_time = parse_cpu(parser, language, text)
            if parse_time > BUDGET:
                parse_notes.append(f"{language} {shape!r}: parse {parse_time:.2f} s")
            spent = rule_cpu(engine, path, language, text, tree)
            measured += len(rules)
            if spent > group_worst[0]:
                group_worst = (spent, shape)
            if spent <= BUDGET:
                continue
            for rule, alone in split_over_budget(rules, path, language, text, tree):
                if alone > worst_rule[0]:
                    worst_rule = (alone, f"{rule.id} on {shape!r} ({language})")
                if alone > BUDGET:
                    over.append(f"{rule.id} ({language}) on {shape!r}: {alone:.2f} s")
        if group_worst[0] > worst_rule[0] and not over:
            worst_rule = (group_worst[0], f"all {len(rules)} rules of {language} {path} "
                                          f"together on {group_worst[1]!r}")
        rows.append(f"| {language} | {path} | {len(rules)} | {group_worst[0]:.3f} "
                    f"({group_worst[1]}) |")
        print(rows[-1], file=sys.stderr, flush=True)
        for shape in sorted(DEEP):
            size, spent = 1_000, 0.0
            while size <= args.size and spent <= BUDGET / 8:  # a cubic step stays in budget
                text = group_text(language, rules, shape, TOKEN, size)
                tree, parse_time = parse_cpu(parser, language, text)
                spent = rule_cpu(engine, path, language, text, tree)
                size *= 2
            if spent > BUDGET / 8:
                deep_notes.append(f"{language} {path}, {shape!r}: {spent:.2f} s at "
                                  f"{len(text):,} characters (all its rules together); "
                                  "not grown further")
    lines = [
        f"{measured:,} rule runs on lines of {args.size:,} characters (each shape in code, a "
        f"string and a comment: files of about {3 * args.size / 1e6:.0f} MB), "
        f"{len(LINE_SHAPES)} line shapes; CPU seconds; budget {BUDGET:.0f} s per rule.",
        "",
        "| language | file | rules | slowest line shape: s for all its rules together |",
        "|---|---|---|---|",
        *rows,
        "",
        f"Rules over {BUDGET:.0f} s: {len(over)}" + (":" if over else "."),
        *(f"- {line}" for line in over),
        f"Slowest: {worst_rule[1]} ({worst_rule[0]:.3f} s).",
        "",
        "Parsing (tree-sitter, not a rule):" if parse_notes else "Parsing: under 1 s for "
        "every shape.",
        *(f"- {line}" for line in parse_notes),
        "",
        "Deeply nested lines (grown from 1,000 characters, doubling while under 1/8 s):",
        *(f"- {line}" for line in deep_notes or ["every group stayed under 1 s up to the "
                                                  "full size"]),
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
