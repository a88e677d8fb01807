"""Benchmark of the prompt guard.

1. The labelled set `bench/prompts/labelled.jsonl` (written before the classifier was tuned):
   accuracy, block recall, harmless prompts warned or blocked, per-style accuracy, domain
   recall, and whether the suggested constraint block turns each warn into an allow.
2. Every CWE-labelled prompt in the shared corpus (`/work/shared/corpus/prompts/*.jsonl`, or
   `--corpus DIR`): the share the guard flags (warn or block), per file and overall.
3. Time per verdict (median and p95 over the labelled and corpus prompts; each prompt timed
   as the best of 3 runs, after warm-up calls that load the lexicon and compile the code
   signals).

Usage: python bench/prompt_bench.py [--corpus DIR] [--output bench/results/prompts.md]
Measurement only: nothing here feeds back into the guard.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.prompts import check_prompt  # noqa: E402

LABELLED = ROOT / "bench" / "prompts" / "labelled.jsonl"
CORPUS = Path("/work/shared/corpus/prompts")
RESULTS = ROOT / "bench" / "results" / "prompts.md"
# Share flagged per corpus file before the code-signal work (commit 3342360, 2026-11-25), so
# the table shows before -> after. Fixed figures: re-measuring needs that checkout.
BEFORE = {
    "asleep_keyboard.jsonl": 0.756, "cweval.jsonl": 0.866,
    "cyberseceval_autocomplete.jsonl": 0.516, "cyberseceval_instruct.jsonl": 0.672,
    "llmseceval.jsonl": 0.707, "sallm.jsonl": 0.860, "overall": 0.615,
}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def timed(prompt: str) -> tuple[float, str]:
    best = float("inf")
    verdict = ""
    for _ in range(3):
        start = time.perf_counter()
        verdict = check_prompt(prompt).verdict
        best = min(best, time.perf_counter() - start)
    return best * 1000, verdict


# Before the code-signal work (commit 3342360) on the same 195-prompt labelled set (the 30
# harmless prompts p166-p195, 18 of them pasted code, were added before any tuning).
BEFORE_LABELLED = ("Before the code-signal work (commit 3342360), on this same set: accuracy "
                   "0.974 (190/195), block recall 1.000, harmless warned 1/85 (p179, pasted "
                   "code 1/21), no false block.")


def labelled_section(rows: list[dict], times: list[float]) -> list[str]:
    confusion: Counter[tuple[str, str]] = Counter()
    by_style: dict[str, list[bool]] = defaultdict(list)
    domain_hits = domain_total = 0
    fixes_ok = fixes_total = 0
    wrong: list[str] = []
    for row in rows:
        ms, _ = timed(row["prompt"])
        times.append(ms)
        verdict = check_prompt(row["prompt"])
        expected = row["verdict"]
        confusion[(expected, verdict.verdict)] += 1
        by_style[row["style"]].append(verdict.verdict == expected)
        if verdict.verdict != expected:
            wrong.append(f"| {row['id']} | {expected} | {verdict.verdict} | "
                         f"{', '.join(verdict.domains) or '-'} | "
                         f"{row['prompt'][:90].replace(chr(10), ' ').replace('|', '/')} |")
        if expected != "allow" or row["domains"]:
            for domain in row["domains"]:
                domain_total += 1
                domain_hits += domain in verdict.domains
        if verdict.verdict == "warn":
            fixes_total += 1
            again = check_prompt(row["prompt"] + "\n\n" + verdict.suggestion)
            fixes_ok += again.verdict == "allow"
    total = len(rows)
    correct = sum(n for (e, g), n in confusion.items() if e == g)
    blocks = sum(n for (e, _), n in confusion.items() if e == "block")
    harmless = [r for r in rows if r["verdict"] == "allow" and not r["domains"]]
    harmless_flagged = sum(check_prompt(r["prompt"]).verdict != "allow" for r in harmless)
    harmless_code = [r for r in harmless if r["style"] == "pasted-code"]
    code_flagged = sum(check_prompt(r["prompt"]).verdict != "allow" for r in harmless_code)
    verdicts = ("allow", "warn", "block")
    counts = ", ".join(f"{v} {sum(r['verdict'] == v for r in rows)}" for v in verdicts)
    lines = [
        "## Labelled set",
        "",
        f"{total} prompts ({counts}; {len(harmless)} of the allow ones are harmless, the rest "
        "sensitive with constraints and OWASP reference).",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| accuracy | {correct / total:.3f} ({correct}/{total}) | >= 0.95 |",
        f"| block recall | {confusion[('block', 'block')] / blocks:.3f} "
        f"({confusion[('block', 'block')]}/{blocks}) | 1.0 |",
        f"| harmless prompts warned or blocked | {harmless_flagged / len(harmless):.3f} "
        f"({harmless_flagged}/{len(harmless)}) | <= 0.03 |",
        f"| of which pasted code warned or blocked | {code_flagged}/{len(harmless_code)} | - |",
        f"| false blocks (expected allow or warn) | "
        f"{sum(n for (e, g), n in confusion.items() if g == 'block' and e != 'block')} | 0 |",
        f"| domain recall (labelled domains found) | {domain_hits / max(domain_total, 1):.3f} "
        f"({domain_hits}/{domain_total}) | - |",
        f"| warn fixed by its suggestion (prompt + block -> allow) | "
        f"{fixes_ok}/{fixes_total} | all |",
        "",
        BEFORE_LABELLED,
        "",
        "Confusion (rows: expected, columns: verdict):",
        "",
        "| expected \\ got | " + " | ".join(verdicts) + " |",
        "|---|---|---|---|",
    ]
    for expected in verdicts:
        lines.append(f"| {expected} | " + " | ".join(str(confusion[(expected, g)])
                                                     for g in verdicts) + " |")
    lines += ["", "Accuracy by style:", "", "| style | prompts | accuracy |", "|---|---|---|"]
    for style, results in sorted(by_style.items()):
        lines.append(f"| {style} | {len(results)} | {sum(results) / len(results):.2f} |")
    if wrong:
        lines += ["", "Misclassified:", "", "| id | expected | got | domains | prompt |",
                  "|---|---|---|---|---|", *wrong]
    return lines


def corpus_section(folder: Path, times: list[float]) -> list[str]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        return ["## Corpus", "", f"No corpus at {folder}."]
    lines = ["## Corpus prompts (all lead assistants to vulnerable code)", "",
             "| file | prompts | warn | block | flagged | before |", "|---|---|---|---|---|---|"]
    total = flagged_total = 0
    by_cwe: dict[str, list[bool]] = defaultdict(list)
    for path in files:
        counts: Counter[str] = Counter()
        for row in load(path):
            if not row.get("cwe"):
                continue
            ms, verdict = timed(row["prompt"])
            times.append(ms)
            counts[verdict] += 1
            for cwe in row["cwe"]:
                by_cwe[cwe].append(verdict != "allow")
        n = sum(counts.values())
        flagged = counts["warn"] + counts["block"]
        total += n
        flagged_total += flagged
        before = BEFORE.get(path.name)
        lines.append(f"| {path.name} | {n} | {counts['warn']} | {counts['block']} | "
                     f"{flagged / max(n, 1):.3f} | {before if before is not None else '-'} |")
    lines.append(f"| **overall** | {total} | | | **{flagged_total / max(total, 1):.3f}** "
                 f"(target >= 0.90) | {BEFORE['overall']} |")
    lines += ["", "Least flagged CWEs (at least 20 prompts):", "",
              "| CWE | prompts | flagged |", "|---|---|---|"]
    ranked = sorted(((sum(v) / len(v), cwe, len(v)) for cwe, v in by_cwe.items() if len(v) >= 20))
    for share, cwe, n in ranked[:12]:
        lines.append(f"| {cwe} | {n} | {share:.2f} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    check_prompt("warm up: load the lexicon")
    check_prompt("warm up = compile(the_code_signals)")  # compiled on first code-like prompt
    label_times: list[float] = []
    corpus_times: list[float] = []
    body = labelled_section(load(LABELLED), label_times)
    body += ["", *corpus_section(args.corpus, corpus_times)]
    all_times = sorted(label_times + corpus_times)

    def pct(values: list[float], q: float) -> float:
        return values[min(len(values) - 1, int(len(values) * q))] if values else 0.0

    body += ["", "## Time per verdict", "",
             "| prompts | median ms | p95 ms | max ms |", "|---|---|---|---|"]
    for name, values in (("labelled", sorted(label_times)), ("corpus", sorted(corpus_times)),
                         ("all", all_times)):
        if values:
            body.append(f"| {name} ({len(values)}) | {statistics.median(values):.3f} | "
                        f"{pct(values, 0.95):.3f} | {values[-1]:.3f} |")
    header = ["# Prompt guard benchmark", "",
              "Generated by `python bench/prompt_bench.py`; see the script's docstring for what "
              "is measured.", ""]
    text = "\n".join(header + body) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
