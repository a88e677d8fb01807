"""Share of JavaScript/TypeScript, Go and Java findings that carry a fix, per category.

    python bench/fix_share.py bench/access_cases4 bench/access_cases5 bench/crypto_cases
    python bench/fix_share.py ../shared/corpus/code/cweval --split dev
    python bench/fix_share.py --count-rules     # fixable rules per language and category

Every finding's fix is also checked the way issue 19 asks: applied alone, the edited text must
parse with no more error nodes than before, and a re-scan must report the rule fewer times and
no other rule more often. "verified" counts the fixes that pass. `--split dev|holdout` keeps only
the corpus files of that part of bench/corpus_split.json (folders under `corpus/code/<source>`);
files under a `holdout/` folder of a bench set are left out unless `--split holdout`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_split import part_of

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fix_check import error_count
from vigilint.analyzers.fixes import apply_fixes
from vigilint.analyzers.languages import language_for, parser_for

LANGUAGES = ("javascript", "typescript", "tsx", "go", "java")
_ENGINE: Engine | None = None


def _errors(language: str, text: str) -> int:
    return error_count(parser_for(language).parse(text.encode()))


def _file(path: str) -> list[tuple[str, str, str]]:
    """(category, rule, "none" | "safe" | "unsafe" | "failed") per finding of one file."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Engine()
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    language = language_for(path)
    analysis = _ENGINE.analyze(path, text)
    before = Counter(f.rule for f in analysis.findings)
    errors = _errors(language, text)
    out = []
    for finding in analysis.findings:
        if finding.fix is None:
            out.append((finding.category, finding.rule, "none"))
            continue
        fixed = apply_fixes(text, [finding.fix])
        after = Counter(f.rule for f in _ENGINE.analyze(path, fixed).findings)
        ok = (_errors(language, fixed) <= errors and after[finding.rule] < before[finding.rule]
              and all(after[r] <= before[r] for r in after))
        state = ("safe" if finding.fix.safe else "unsafe") if ok else "failed"
        out.append((finding.category, finding.rule, state))
    return out


def _wanted(path: Path, folder: Path, split: str | None) -> bool:
    if language_for(str(path)) not in LANGUAGES:
        return False
    rel = path.relative_to(folder).as_posix()
    if folder.parent.name == "code" and folder.parent.parent.name == "corpus":
        return split is None or part_of("code", f"{folder.name}/{rel}") == split
    return ("holdout" in path.relative_to(folder).parts) == (split == "holdout")


def count_rules() -> None:
    """Fixable / all non-secret rules per language family and per category."""
    from vigilint.analyzers.registry import all_rules

    families = {"javascript": "JS/TS", "go": "Go", "java": "Java"}
    per_language: dict[str, Counter[str]] = {}
    per_category: dict[str, Counter[str]] = {}
    for rule in all_rules():
        languages = [families[lang] for lang in rule.languages if lang in families]
        if rule.category == "secret" or not languages:
            continue
        for family in languages:
            per_language.setdefault(family, Counter())["all"] += 1
            per_language[family]["fixable"] += rule.fixable
        per_category.setdefault(rule.category, Counter())["all"] += 1
        per_category[rule.category]["fixable"] += rule.fixable
    print("| language | fixable / rules |\n|---|---:|")
    for family, c in sorted(per_language.items()):
        print(f"| {family} | {c['fixable']} / {c['all']} |")
    print("\n| category (JS/TS, Go, Java rules) | fixable / rules |\n|---|---:|")
    for category, c in sorted(per_category.items()):
        print(f"| {category} | {c['fixable']} / {c['all']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--count-rules", action="store_true")
    parser.add_argument("--split", choices=("dev", "holdout"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rules", action="store_true", help="also list findings per rule")
    args = parser.parse_args(argv)
    if args.count_rules:
        count_rules()
        return 0
    files = [str(p) for folder in args.folders for p in sorted(folder.rglob("*"))
             if p.is_file() and _wanted(p, folder, args.split)]
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for result in pool.map(_file, files, chunksize=8) for row in result]
    per: dict[str, Counter[str]] = {}
    for category, _rule, state in rows:
        per.setdefault(category, Counter())[state] += 1
    print(f"{len(files)} files, {len(rows)} findings\n")
    print("| category | findings | with a verified fix | safe | unsafe | fix failed the check |")
    print("|---|---:|---:|---:|---:|---:|")
    total: Counter[str] = Counter()
    for category in sorted(per):
        c = per[category]
        total.update(c)
        n = sum(c.values())
        print(f"| {category} | {n} | {c['safe'] + c['unsafe']} ({(c['safe'] + c['unsafe']) / n:.0%})"
              f" | {c['safe']} | {c['unsafe']} | {c['failed']} |")
    n = sum(total.values()) or 1
    print(f"| **all** | {sum(total.values())} | {total['safe'] + total['unsafe']}"
          f" ({(total['safe'] + total['unsafe']) / n:.0%}) | {total['safe']} | {total['unsafe']}"
          f" | {total['failed']} |")
    if args.rules:
        by_rule = Counter((rule, state) for _c, rule, state in rows)
        print()
        for (rule, state), count in sorted(by_rule.items()):
            print(f"{rule} {state} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
