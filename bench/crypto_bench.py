"""Benchmark of the crypto guard: precision/recall on the labelled set in bench/crypto_cases/,
findings on the matching files of the shared corpus, and the per-file cost of the checks.

    python bench/crypto_bench.py                 # print the report
    python bench/crypto_bench.py --write         # also write bench/results/crypto.md
    python bench/crypto_bench.py --holdout DIR   # score another held-back set (default: holdout/)

Scoring is per file: a file labelled vulnerable for a category is a true positive when at least
one finding of that category is reported on it; a safe file is a false positive when any is.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# VIGILINT_SOURCE=<checkout> scores another checkout's rules on the same data (a "before")
sys.path.insert(0, os.environ.get("VIGILINT_SOURCE", str(ROOT)))
sys.path.insert(1, str(ROOT / "bench"))

from corpus_split import part_of  # noqa: E402

from vigilint.analyzers.dependencies.first_party import with_project_names  # noqa: E402
from vigilint.analyzers.engine import Engine  # noqa: E402
from vigilint.analyzers.languages import language_for  # noqa: E402
from vigilint.analyzers.registry import all_rules  # noqa: E402
from vigilint.config import Settings  # noqa: E402

CASES = ROOT / "bench" / "crypto_cases"
HOLDOUT = CASES / "holdout"
CORPUS = Path("/work/shared/corpus/code")
RESULTS = ROOT / "bench" / "results" / "crypto.md"
CATEGORIES = ("crypto-implementation", "hallucinated-api", "vulnerable-dependency")
CORPUS_LANGUAGES = {"python", "javascript", "typescript", "tsx", "go", "java"}
# CWE groups of the corpus README that these rules speak to.
CWE_GROUPS = {
    "crypto-implementation": {327, 328, 326, 916, 759, 760, 1240, 208, 330, 338},
    "hallucinated-api": {1357, 477},
    "vulnerable-dependency": {1357, 829, 1104},
}


def guard_rules() -> list:
    return [r for r in all_rules() if r.category in CATEGORIES]


def _engine_for(path: Path, engine: Engine) -> Engine:
    """Cases in their own folder are scanned like `vigilint scan FOLDER`: with the folder's
    project names (manifests, first-party modules) as the CLI's prepass computes them."""
    if path.parent.parent == CASES:
        return engine
    settings = with_project_names(Settings(), [path.parent])
    return Engine(rules=engine.rules, settings=settings)


def score_cases(engine: Engine) -> tuple[dict[str, Counter[str]], dict[str, list[str]]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    mistakes: dict[str, list[str]] = defaultdict(list)
    for line in (CASES / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        path = CASES / label["file"]
        text = path.read_text(encoding="utf-8")
        findings = _engine_for(path, engine).analyze(label["file"], text).findings
        hit = [f for f in findings if f.category == label["category"]]
        category = label["category"]
        if label["vulnerable"]:
            counts[category]["tp" if hit else "fn"] += 1
            if not hit:
                mistakes[category].append(f"missed {label['file']} ({label.get('note', '')})")
        else:
            counts[category]["fp" if hit else "tn"] += 1
            if hit:
                rules = ", ".join(sorted({f.rule for f in hit}))
                mistakes[category].append(f"false positive {label['file']} [{rules}]")
    return counts, mistakes


def score_holdout(engine: Engine, root: Path = HOLDOUT) -> dict:
    """Unit-level scoring of the held-back set (see bench/crypto_cases/holdout/README.md)."""
    labels = [json.loads(line) for line in (root / "labels.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    findings: dict[str, list] = {}
    errors: list[str] = []
    for name in sorted({label["file"] for label in labels}):
        text = (root / name).read_text(encoding="utf-8")
        analysis = engine.analyze(name, text)
        findings[name] = analysis.findings
        errors.extend(analysis.errors)  # a rule that failed: its findings are missing
    impl = [label for label in labels if label["category"] == "crypto-implementation"]
    api = [label for label in labels if label["category"] == "hallucinated-api"]
    out: dict = {"impl_found": 0, "impl_total": 0, "impl_multi": [], "impl_missed": [],
                 "clean_flagged": [], "clean_total": 0, "stray": [], "api_tp": 0, "api_fp": [],
                 "api_missed": [], "api_total": 0, "api_findings": 0, "by_kind": defaultdict(
                     Counter), "errors": errors}
    covered: set[tuple[str, int, int]] = set()
    for unit in impl:
        hits = [f for f in findings[unit["file"]] if f.category == "crypto-implementation"]
        overlapping = [f for f in hits if f.line <= unit["end"] and f.end_line >= unit["start"]]
        if unit["vulnerable"]:
            out["impl_total"] += 1
            found = [f for f in hits if f.line <= unit["line"] <= f.end_line]
            out["by_kind"][unit["kind"]]["found" if found else "missed"] += 1
            if found:
                out["impl_found"] += 1
            else:
                out["impl_missed"].append(f"{unit['file']}:{unit['line']} ({unit['kind']})")
            if len(overlapping) > 1:
                out["impl_multi"].append(f"{unit['file']}:{unit['start']} ({unit['kind']}, "
                                         f"{len(overlapping)} findings)")
        else:
            out["clean_total"] += 1
            if overlapping:
                rules = ",".join(sorted({f.rule for f in overlapping}))
                out["clean_flagged"].append(f"{unit['file']}:{unit['line']} ({unit['kind']}; "
                                            f"{rules})")
        covered.update((unit["file"], f.line, f.end_line) for f in overlapping)
    for name, found_here in findings.items():
        for f in found_here:
            if f.category == "crypto-implementation" and (name, f.line, f.end_line) not in covered:
                out["stray"].append(f"{name}:{f.line} [{f.rule}]")
    bad_lines = {(label["file"], label["line"]) for label in api if label["vulnerable"]}
    out["api_total"] = len(bad_lines)
    flagged: set[tuple[str, int]] = set()
    for name, found_here in findings.items():
        for f in found_here:
            if f.category != "hallucinated-api":
                continue
            out["api_findings"] += 1
            if (name, f.line) in bad_lines:
                flagged.add((name, f.line))
            else:
                out["api_fp"].append(f"{name}:{f.line} [{f.rule}] {f.message[:90]}")
    out["api_tp"] = len(flagged)
    out["api_missed"] = sorted(f"{label['file']}:{label['line']} `{label['code'][:70]}`"
                               for label in api if label["vulnerable"]
                               and (label["file"], label["line"]) not in flagged)
    return out


# The same scoring of the held-back set with the rules of main d97e413 (before issue 16), run
# with VIGILINT_SOURCE=<main checkout>.
HOLDOUT_BEFORE = (
    "Before issue 16 (main d97e413, same scoring): implementations 12 / 35 (recall 0.34), 5 "
    "with several findings, 2 / 32 look-alikes flagged, 8 other findings; hallucinated API "
    "calls 14 / 53 (recall 0.26) at precision 1.00.")


def holdout_lines(result: dict) -> list[str]:
    recall = _ratio(result["impl_found"], result["impl_total"])
    api_recall = _ratio(result["api_tp"], result["api_total"])
    api_precision = _ratio(result["api_findings"] - len(result["api_fp"]),
                           result["api_findings"])
    lines = ["| measure | value |", "|---|---|",
             f"| hand-rolled implementations found (region covers the seeded line) | "
             f"{result['impl_found']} / {result['impl_total']} (recall {recall:.2f}) |",
             f"| implementations with more than one finding | {len(result['impl_multi'])} |",
             f"| clean look-alikes flagged | {len(result['clean_flagged'])} / "
             f"{result['clean_total']} |",
             f"| other crypto-implementation findings (no labelled unit) | "
             f"{len(result['stray'])} |",
             f"| hallucinated API calls found | {result['api_tp']} / {result['api_total']} "
             f"(recall {api_recall:.2f}) |",
             f"| hallucinated-api findings: correct / all | "
             f"{result['api_findings'] - len(result['api_fp'])} / {result['api_findings']} "
             f"(precision {api_precision:.2f}) |", ""]
    kinds = ", ".join(f"{kind} {c['found']}/{c['found'] + c['missed']}"
                      for kind, c in sorted(result["by_kind"].items()))
    lines.append(f"- found per kind: {kinds}")
    for key, label in (("impl_missed", "missed implementations"),
                       ("impl_multi", "more than one finding"),
                       ("clean_flagged", "flagged look-alikes"), ("stray", "other findings"),
                       ("api_missed", "missed hallucinated calls"),
                       ("api_fp", "false hallucinated-api findings"),
                       ("errors", "**analysis errors (rules that failed; the figures above miss "
                                  "their findings)**")):
        if result[key]:
            lines.append(f"- {label}: " + "; ".join(result[key]))
    return lines


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def corpus_files() -> list[tuple[Path, dict]]:
    out = []
    if not CORPUS.is_dir():
        return out
    for labels in sorted(CORPUS.glob("*/labels.jsonl")):
        for line in labels.read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            path = labels.parent / label["file"]
            if language_for(str(path)) in CORPUS_LANGUAGES and path.is_file():
                out.append((path, label))
    return out


def score_corpus(engine: Engine, files: list[tuple[Path, dict]]) -> dict:
    by_rule: Counter[str] = Counter()
    flagged_examples: dict[str, list[str]] = defaultdict(list)
    labelled: dict[str, Counter[str]] = defaultdict(Counter)
    engines: dict[str, Engine] = {}
    for path, label in files:
        source = path.relative_to(CORPUS).parts[0]
        if source not in engines:  # like `vigilint scan code/<source>`: its project names
            settings = with_project_names(Settings(), [CORPUS / source])
            engines[source] = Engine(rules=engine.rules, settings=settings)
        text = path.read_text(encoding="utf-8", errors="replace")
        findings = engines[source].analyze(path.name, text).findings
        cwes = {int(c.split("-")[1]) for c in label.get("cwe", [])}
        for finding in findings:
            by_rule[finding.rule] += 1
            if len(flagged_examples[finding.rule]) < 4:
                flagged_examples[finding.rule].append(
                    f"{path.relative_to(CORPUS)}:{finding.line} "
                    f"({'vulnerable' if label['vulnerable'] else 'clean'} "
                    f"{','.join(label.get('cwe', [])) or '-'})")
        for category, group in CWE_GROUPS.items():
            if not cwes & group:
                continue
            hit = any(f.category == category for f in findings)
            key = ("tp" if hit else "fn") if label["vulnerable"] else ("fp" if hit else "tn")
            labelled[category][key] += 1
        if not label["vulnerable"]:
            split = part_of("code", f"{source}/{label['file']}")
            labelled[f"all-clean-files ({split})"]["fp" if findings else "tn"] += 1
            for category in CATEGORIES[:2]:
                hit = any(f.category == category for f in findings)
                labelled[f"clean files with a {category} finding ({split})"][
                    "fp" if hit else "tn"] += 1
            for rule in {f.rule for f in findings}:
                labelled[f"clean files flagged by {rule}"]["fp"] += 1
    return {"files": len(files), "by_rule": by_rule, "examples": flagged_examples,
            "labelled": labelled}


def timing(files: list[Path], rule_prefix: str, repeats: int = 3) -> dict[str, float]:
    """Median extra milliseconds per file of the rules with `rule_prefix` over an empty engine,
    on pre-parsed trees (parsing is shared with every other rule)."""
    rules = [r for r in all_rules() if r.id.startswith(rule_prefix)]
    with_rules, baseline = Engine(rules=rules), Engine(rules=[])
    prepared = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        language = language_for(str(path))
        tree = baseline.parse(language, text.encode("utf-8", "surrogatepass"))
        prepared.append((path.name, text, language, tree))
    started = time.perf_counter()
    with_rules.analyze(*prepared[0][:2], language=prepared[0][2], tree=prepared[0][3])
    cold_ms = (time.perf_counter() - started) * 1000
    costs = []
    for name, text, language, tree in prepared:
        runs = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            baseline.analyze(name, text, language=language, tree=tree)
            t1 = time.perf_counter()
            with_rules.analyze(name, text, language=language, tree=tree)
            t2 = time.perf_counter()
            runs.append(((t2 - t1) - (t1 - t0)) * 1000)
        costs.append(max(0.0, min(runs)))  # the least-disturbed of the runs
    costs.sort()
    return {"files": len(prepared), "median_ms": statistics.median(costs),
            "p95_ms": costs[int(len(costs) * 0.95)], "mean_ms": statistics.fmean(costs),
            "first_call_ms": cold_ms}


def report(holdout: Path = HOLDOUT) -> str:
    engine = Engine(rules=guard_rules())
    counts, mistakes = score_cases(engine)
    lines = ["# Crypto guard benchmark", "",
             "Generated by `python bench/crypto_bench.py --write`. File-level scoring on the "
             "labelled set `bench/crypto_cases/labels.jsonl` (written for this bench; about half "
             "of each category are safe look-alikes; Python, JavaScript/TypeScript, Go, Java, "
             "manifests).", "",
             "## Labelled set", "",
             "| category | files (vulnerable / safe) | TP | FP | FN | TN | precision | recall |",
             "|---|---|---|---|---|---|---|---|"]
    for category in CATEGORIES:
        c = counts[category]
        vulnerable, safe = c["tp"] + c["fn"], c["fp"] + c["tn"]
        precision = _ratio(c["tp"], c["tp"] + c["fp"])
        recall = _ratio(c["tp"], vulnerable)
        lines.append(f"| {category} | {vulnerable + safe} ({vulnerable} / {safe}) | {c['tp']} | "
                     f"{c['fp']} | {c['fn']} | {c['tn']} | {precision:.2f} | {recall:.2f} |")
    lines += ["", "Targets: recall >= 0.85 and precision >= 0.90 per category.", ""]
    for category in CATEGORIES:
        if mistakes[category]:
            lines.append(f"- {category}: " + "; ".join(mistakes[category]))
    lines += ["", f"## Held-back set ({_shown(holdout)}/)", "",
              ("Written in one go before the issue-16 code and committed first (see its README); "
               if holdout.resolve() == HOLDOUT.resolve() else
               "Written blind by a helper who did not read the rules (see its README); ") +
              "scored, never tuned on. Unit-level: an implementation is found when a "
              "crypto-implementation finding's region covers its seeded line; findings "
              "overlapping it are counted; a look-alike is flagged by any overlapping finding. "
              "Hallucinated APIs per call line.", ""]
    lines += holdout_lines(score_holdout(engine, holdout))
    if holdout.resolve() == HOLDOUT.resolve():
        lines += ["", HOLDOUT_BEFORE, ""]
    files = corpus_files()
    corpus = score_corpus(engine, files)
    lines += ["", "## Shared corpus (/work/shared/corpus/code)", "",
              f"All {corpus['files']} Python/JS/TS/Go/Java files were scanned with the crypto "
              "guard's rules only. The corpus has no labels for hand-rolled crypto, hallucinated "
              "APIs or packages as such; its weak-crypto/randomness/timing labels (CWE "
              "327/328/326/916/759/760/1240/208/330/338) are mostly *use of a weak library "
              "algorithm* (`MD5`, `Math.random`, `==` on secrets), which is the outdated-crypto "
              "rules' job, so recall there is expected to be low. Clean files that draw any "
              "finding measure false positives. Each source folder is scanned with its project "
              "names, as `vigilint scan code/<source>` would.", "",
              "| slice | TP | FP | FN | TN |", "|---|---|---|---|---|"]
    for key, c in sorted(corpus["labelled"].items()):
        lines.append(f"| {key} | {c['tp']} | {c['fp']} | {c['fn']} | {c['tn']} |")
    lines += ["", "Findings per rule on the corpus (first examples, with the file's label):", ""]
    for rule, count in sorted(corpus["by_rule"].items()):
        lines.append(f"- {rule}: {count} — " + "; ".join(corpus["examples"][rule]))
    if not corpus["by_rule"]:
        lines.append("- none")
    sample = [p for p, _ in files][:600] + sorted((CASES).rglob("*.*"))
    sample = [p for p in sample if language_for(str(p)) in CORPUS_LANGUAGES]
    lines += ["", "## Cost", "",
              "Extra time per file over an engine with no rules, on pre-parsed trees "
              f"({len(sample)} files: 600 corpus files and the labelled set; per file the "
              "fastest of 3 runs, to drop GC and scheduler noise; `first call` includes loading "
              "the data files).", "",
              "| checks | median ms/file | p95 ms/file | mean ms/file | first call ms |",
              "|---|---|---|---|---|"]
    for label, prefix in (("inventory (VG-API-*)", "VG-API"), ("packages (VG-DEP-*)", "VG-DEP"),
                          ("crypto-implementation (VG-CRYPTO-*)", "VG-CRYPTO")):
        t = timing(sample, prefix)
        lines.append(f"| {label} | {t['median_ms']:.3f} | {t['p95_ms']:.3f} | "
                     f"{t['mean_ms']:.3f} | {t['first_call_ms']:.1f} |")
    loads = data_load_ms()
    lines += ["", "Target: the inventory check adds < 1 ms per file.", "",
              "One-time loading per process (lazy, on first use): "
              + ", ".join(f"{k} {v:.1f} ms" for k, v in loads.items()) + ".", "",
              "## Reading the numbers", "",
              "- The project's own labelled set (bench/crypto_cases/*.py etc.) was written by "
              "the first landing's engineer while writing the rules and read again for issue "
              "16; it is a regression and coverage set, so its figures are optimistic.",
              "- The held-back set was written by the issue-16 engineer (who also wrote the "
              "code) in one go before changing any rule, and only scored afterwards; it is "
              "unseen by the rules' authorship in the sense of the brief, not independent "
              "data: the same person wrote both. Its remaining misses are listed above and "
              "were left as they are (not tuned on).",
              "- Corpus: the one clean file flagged (`import bcrypto` in an LLMSecEval 'secure' "
              "sample) names a package that does not exist: a real hallucination the label does "
              "not cover. The VG-API-002 hit (`window.crypto.random(32)`) is a real "
              "hallucinated WebCrypto call. The VG-DEP-002 (unverified, P4) hits are "
              "first-party modules of the fragments' upstream repositories, which are not in "
              "the corpus (in a real scan `known_packages`/project names cover them).",
              "- CWE equivalence used for the corpus slices: weak crypto {327, 328, 326, 916, "
              "759, 760} plus 1240, 208, and weak randomness {330, 338} are scored as the "
              "crypto-implementation slice.", ""]
    return "\n".join(lines)


def data_load_ms() -> dict[str, float]:
    """Cold load time of the shipped data files."""
    from vigilint.analyzers.apis import inventory
    from vigilint.analyzers.crypto import constants
    from vigilint.analyzers.dependencies import packages

    out = {}
    for label, clear, load in (
        ("API inventory", (inventory._raw, inventory.namespaces),
         lambda: [inventory.namespaces(lang) for lang in ("python", "javascript", "go",
                                                          "java")]),
        ("package index", (packages._ranked, packages.known, packages._buckets),
         lambda: [packages.known("pypi"), packages.known("npm")]),
        ("typo-squat buckets", (packages._buckets,),
         lambda: [packages._buckets("pypi"), packages._buckets("npm")]),
        ("crypto constant tables", (constants.word_tables, constants.byte_ngrams),
         lambda: [constants.word_tables(), constants.byte_ngrams()]),
    ):
        for function in clear:
            function.cache_clear()  # type: ignore[attr-defined]
        started = time.perf_counter()
        load()
        out[label] = (time.perf_counter() - started) * 1000
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS}")
    parser.add_argument("--holdout", type=Path, default=HOLDOUT,
                        help="held-back set to score (a folder with labels.jsonl)")
    args = parser.parse_args()
    text = report(args.holdout)
    print(text)
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
