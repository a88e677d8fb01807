"""How many findings carry a verified fix, on realistic application code, and what applying
every safe fix does to the bundled examples.

    python bench/fix_coverage.py [--sets bench/access_cases4 ...] [--by-rule]
    python bench/fix_coverage.py --split dev [--unfixed]   # realistic services of one part

`--split dev|holdout` adds the realistic services (bench/realistic_cases) of that part of
bench/realistic_split.json, each as a set. `--unfixed` lists every finding without a fix
(path, line, rule, message): use it on data you may read (the `dev` part), never on `holdout`.

Coverage: every active finding of each set (the scan's default settings, no cache), and the
share whose fix passed the fix gate (analyzers/fix_check.py): overall, for the four
categories issue 19 names, and per category. `crypto_cases` is read without its `holdout/`
folder. Examples: `examples/` is copied to a temporary folder, `vigilint scan --fix` is run on
the copy (safe fixes only), and the copy is scanned again: no finding may still carry a safe fix,
and no file may have more syntax errors than before.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fix_check import error_count
from vigilint.analyzers.languages import language_for
from vigilint.config import Settings
from vigilint.model import Finding
from vigilint.scan import scan

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = ("bench/access_cases", "bench/access_cases2", "bench/access_cases3",
                "bench/access_cases4", "bench/access_cases5", "bench/crypto_cases")
FOCUS = ("insecure-default", "outdated-crypto", "deserialization", "resource-exhaustion")
EXCLUDED_PARTS = ("holdout",)


def findings_of(folder: Path) -> list[Finding]:
    settings = Settings(exclude=[*Settings().exclude, *EXCLUDED_PARTS])
    return scan([folder], settings, jobs=1).active


CORPUS = ROOT.parent.parent / "shared" / "corpus" / "code"
# AI-written code of the shared corpus (the OWASP benchmarks are generated test cases, not
# application code)
CORPUS_SOURCES = ("asleep_copilot", "cweval", "cyberseceval_icd", "cyberseceval_origin",
                  "llmseceval", "sallm")


def corpus_findings(part: str) -> list[Finding]:
    """Active findings of the corpus's AI-written files in one part of the split."""
    import json

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus_split import part_of

    engine = Engine()
    found: list[Finding] = []
    for source in CORPUS_SOURCES:
        labels = CORPUS / source / "labels.jsonl"
        if not labels.is_file():
            continue
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            name = json.loads(line)["file"]
            if part_of("code", f"{source}/{name}") != part:
                continue
            path = CORPUS / source / name
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found.extend(f for f in engine.analyze(f"{source}/{name}", text).findings
                         if not f.suppressed)
    return found


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole * 100:.0f} %" if whole else "0/0"


def split_sets(part: str) -> list[Path]:
    """The realistic services of one part of bench/realistic_split.json."""
    import json

    split = json.loads((ROOT / "bench" / "realistic_split.json").read_text(encoding="utf-8"))
    return [ROOT / "bench" / "realistic_cases" / name for name in split[part]]


def coverage(sets: list[Path], by_rule: bool, parts: list[str], unfixed: bool = False) -> None:
    totals: Counter[str] = Counter()
    fixed: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    without: list[str] = []
    languages: Counter[tuple[str, str, bool]] = Counter()  # (language, focus?, fixed)
    print("| set | findings | with a verified fix | safe |")
    print("|---|---|---|---|")
    named = [(folder.relative_to(ROOT).as_posix(), lambda f=folder: findings_of(f))
             for folder in sets]
    named += [(f"corpus (AI-written sources), {part}", lambda p=part: corpus_findings(p))
              for part in parts]
    for name, run in named:
        found = run()
        with_fix = [f for f in found if f.fix is not None]
        safe = sum(1 for f in with_fix if f.fix is not None and f.fix.safe)
        print(f"| {name} | {len(found)} | {_share(len(with_fix), len(found))} | {safe} |")
        for finding in found:
            languages[(language_for(finding.path), str(finding.category in FOCUS),
                       finding.fix is not None)] += 1
            totals[finding.category] += 1
            if finding.fix is not None:
                fixed[finding.category] += 1
            else:
                missing[finding.rule] += 1
                without.append(f"{name}/{finding.path}:{finding.line} {finding.rule} "
                               f"{finding.message[:100]}")
    print()
    whole, part = sum(totals.values()), sum(fixed.values())
    focus_whole = sum(totals[c] for c in FOCUS)
    focus_part = sum(fixed[c] for c in FOCUS)
    print(f"overall: {_share(part, whole)}; the four categories ({', '.join(FOCUS)}): "
          f"{_share(focus_part, focus_whole)}")
    print()
    print("| category | findings | with a verified fix |")
    print("|---|---|---|")
    for category, count in totals.most_common():
        print(f"| {category} | {count} | {_share(fixed[category], count)} |")
    print()
    print("| language | findings | with a verified fix | of them in the four categories |")
    print("|---|---|---|---|")
    for language in sorted({key[0] for key in languages}):
        def tally(focus: str | None, done: bool | None, lang: str = language) -> int:
            return sum(n for (la, fo, fi), n in languages.items() if la == lang
                       and (focus is None or fo == focus) and (done is None or fi == done))
        print(f"| {language} | {tally(None, None)} | "
              f"{_share(tally(None, True), tally(None, None))} | "
              f"{_share(tally('True', True), tally('True', None))} |")
    if by_rule:
        print()
        print("findings without a fix, by rule:")
        for rule, count in missing.most_common(40):
            print(f"  {rule}: {count}")
    if unfixed:
        print()
        print("findings without a fix:")
        for line in without:
            print(f"  {line}")


def examples_check() -> int:
    """Apply every safe fix to a copy of examples/; 0 when nothing safe-fixable is left and
    nothing parses worse."""
    source = ROOT / "examples"
    engine = Engine(rules=None)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "examples"
        shutil.copytree(source, copy)
        before = {p: p.read_text(encoding="utf-8", errors="replace")
                  for p in copy.rglob("*") if p.is_file()}
        run = subprocess.run([sys.executable, "-m", "vigilint", "scan", str(copy), "--fix",
                              "--no-cache", "--jobs", "1", "--fail-on", "P0"],
                             capture_output=True, text=True, check=False)
        applied = [line for line in run.stderr.splitlines() if "vigilint: fixed " in line]
        after = findings_of(copy)
        left = [f for f in after if f.fix is not None and f.fix.safe]
        worse = []
        for path, old in before.items():
            new = path.read_text(encoding="utf-8", errors="replace")
            language = language_for(path.name)
            old_tree = engine.parse(language, old.encode("utf-8", "surrogatepass"))
            new_tree = engine.parse(language, new.encode("utf-8", "surrogatepass"))
            if error_count(new_tree) > error_count(old_tree):
                worse.append(path.relative_to(copy).as_posix())
        changed = sum(1 for p, old in before.items() if p.read_text(
            encoding="utf-8", errors="replace") != old)
        print(f"examples: {len(applied)} safe fixes applied in {changed} files (exit "
              f"{run.returncode}); safe-fixable findings left: {len(left)}; files that parse "
              f"worse: {len(worse)}; findings left: {len(after)}")
        for line in applied:
            print(f"  {line.removeprefix('vigilint: fixed ')}")
        for finding in left:
            print(f"  left: {finding.path}:{finding.line} {finding.rule}")
        return 1 if left or worse or run.returncode not in (0, 1) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", type=Path,
                        default=[ROOT / s for s in DEFAULT_SETS])
    parser.add_argument("--corpus", nargs="*", default=[], choices=("dev", "holdout"),
                        help="also the shared corpus's AI-written files of these split parts")
    parser.add_argument("--by-rule", action="store_true",
                        help="list the rules whose findings carry no fix")
    parser.add_argument("--split", choices=("dev", "holdout"),
                        help="the realistic services of this part of realistic_split.json "
                             "(instead of the default sets when --sets is not given)")
    parser.add_argument("--unfixed", action="store_true",
                        help="list each finding without a fix (only for data you may read)")
    parser.add_argument("--no-examples", action="store_true",
                        help="skip applying the safe fixes to examples/")
    args = parser.parse_args()
    sets = [Path(s).resolve() for s in args.sets]
    if args.split:
        chosen = split_sets(args.split)
        sets = chosen if parser.get_default("sets") == args.sets else [*sets, *chosen]
    coverage(sets, args.by_rule, args.corpus, args.unfixed)
    if args.no_examples:
        return 0
    print()
    return examples_check()


if __name__ == "__main__":
    sys.exit(main())
