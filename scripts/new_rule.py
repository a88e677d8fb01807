"""Scaffold a rule: its module (docs in the docstring) and its fixture folder.

    python scripts/new_rule.py VG-PY-INJ-042 sql-string-building --lang python \
        --category injection --cwe 89

The module registers at once (the registry test passes: its node kind is one the language's
grammar has); its fixture's `ruleid:` case fails until the check flags it. Write the check,
replace the fixture's placeholder lines with real cases, edit the docs, then run
`python -m pytest tests/test_rule_fixtures.py -k VG-PY-INJ-042` and
`python scripts/gen_rule_docs.py`.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.model import CATEGORIES  # noqa: E402


@dataclass(frozen=True)
class Language:
    folder: str  # vigilint/analyzers/rules/<folder>/
    fixture: str  # the fixture's file name
    fence: str  # the docs' code-fence language
    node_kind: str | None  # a node kind of the grammar; None: a whole-file (text) rule
    template: str  # the fixture; {flag} and {ok} are the annotation comment lines


_HASH = "{flag}\ntodo_flagged_case\n{ok}\ntodo_clean_case\n"
LANGUAGES: dict[str, Language] = {
    "python": Language("python", "example.py", "python", "call",
                       "{flag}\ntodo_flagged_case()\n{ok}\ntodo_clean_case()\n"),
    "javascript": Language("javascript", "example.js", "javascript", "call_expression",
                           "{flag}\ntodoFlaggedCase();\n{ok}\ntodoCleanCase();\n"),
    "typescript": Language("javascript", "example.ts", "typescript", "call_expression",
                           "{flag}\ntodoFlaggedCase();\n{ok}\ntodoCleanCase();\n"),
    "go": Language("go", "example.go", "go", "call_expression",
                   "package example\n\nfunc handler() {{\n\t{flag}\n\ttodoFlaggedCase()\n"
                   "\t{ok}\n\ttodoCleanCase()\n}}\n"),
    "java": Language("java", "Example.java", "java", "method_invocation",
                     "class Example {{\n    void handler() {{\n        {flag}\n"
                     "        todoFlaggedCase();\n        {ok}\n        todoCleanCase();\n"
                     "    }}\n}}\n"),
    "yaml": Language("config", "example.yaml", "yaml", "block_mapping_pair",
                     "{flag}\ntodo_flagged: case\n{ok}\ntodo_clean: case\n"),
    "hcl": Language("config", "example.tf", "hcl", "attribute",
                    '{flag}\ntodo_flagged = "case"\n{ok}\ntodo_clean = "case"\n'),
    "toml": Language("config", "example.toml", "toml", "pair",
                     '{flag}\ntodo_flagged = "case"\n{ok}\ntodo_clean = "case"\n'),
    "dockerfile": Language("config", "Dockerfile", "dockerfile", "run_instruction",
                           "FROM scratch\n{flag}\nRUN todo-flagged-case\n{ok}\n"
                           "RUN todo-clean-case\n"),
    "bash": Language("config", "example.sh", "bash", "command", _HASH),
    "*": Language("generic", "example.txt", "text", None, _HASH),
}
# JSON has no comments, so a fixture cannot carry `ruleid:`/`ok:` marks: a JSON check belongs
# in a rule for several languages whose other fixtures carry them.

_DOCS = '''"""## What it does
Flags {title} ({lang}).

## Why is this bad?
{title} is CWE-{cwe} ({category}).

## Example
```{fence}
{flagged}
```

## Use instead
```{fence}
{clean}
```

## References
- https://cwe.mitre.org/data/definitions/{cwe}.html
"""
'''

# The metadata every scaffolded rule starts with; the matcher follows it.
_FIELDS = '''RULE = Rule(
    id="{rule_id}",
    name="{name}",
    category="{category}",
    languages=("{lang}",),
    cwe=({cwe},),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="{title} (CWE-{cwe}).",
'''

_NODE_RULE = '''
from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    # TODO(scaffold): return a Hit for the fixture's `ruleid:` case, None for its `ok:` case.
    return None


{fields}    node_kinds=("{node_kind}",),
    check=_check,
)
'''

_FILE_RULE = '''
from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    # TODO(scaffold): yield a Hit for the fixture's `ruleid:` case, none for its `ok:` case.
    yield from ()


{fields}    check_file=_check,
)
'''


class ScaffoldError(ValueError):
    pass


def _comment(lang: str) -> str:
    return "//" if lang in ("javascript", "typescript", "go", "java") else "#"


def fixture_text(rule_id: str, lang: str) -> str:
    leader = _comment(lang)
    return LANGUAGES[lang].template.format(flag=f"{leader} ruleid: {rule_id}",
                                           ok=f"{leader} ok: {rule_id}")


def module_text(rule_id: str, name: str, lang: str, category: str, cwe: int) -> str:
    spec = LANGUAGES[lang]
    title = name.replace("-", " ").capitalize()
    lines = fixture_text(rule_id, lang).split("\n")
    flagged = next(line for line in lines if "flagged" in line.lower()).strip()
    clean = next(line for line in lines if "clean" in line.lower()).strip()
    values = dict(rule_id=rule_id, name=name, lang=lang, category=category, cwe=cwe,
                  title=title, fence=spec.fence, flagged=flagged, clean=clean,
                  node_kind=spec.node_kind)
    body = _FILE_RULE if spec.node_kind is None else _NODE_RULE
    return (_DOCS + body.replace("{fields}", _FIELDS)).format(**values)


def scaffold(root: Path, rule_id: str, name: str, lang: str, category: str,
             cwe: int) -> tuple[Path, Path]:
    """Write the rule module and its fixture under `root`; returns both paths."""
    if lang not in LANGUAGES:
        raise ScaffoldError(f"no scaffold for {lang!r}; choose one of {', '.join(LANGUAGES)}")
    if not re.fullmatch(r"VG-[A-Z0-9]+(-[A-Z0-9]+)*-\d{3}", rule_id):
        raise ScaffoldError("rule ids look like VG-PY-INJ-001")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name):
        raise ScaffoldError("rule names are kebab-case, e.g. sql-string-building")
    if category not in CATEGORIES:
        raise ScaffoldError(f"unknown category {category!r}")
    if cwe <= 0:
        raise ScaffoldError("a CWE id is a positive number")
    spec = LANGUAGES[lang]
    module = root / "vigilint" / "analyzers" / "rules" / spec.folder / \
        f"{name.replace('-', '_')}.py"
    fixture = root / "tests" / "fixtures" / "rules" / rule_id / spec.fixture
    for existing in (module, fixture.parent):
        if existing.exists():
            raise ScaffoldError(f"{existing} already exists")
    module.parent.mkdir(parents=True, exist_ok=True)
    (module.parent / "__init__.py").touch()
    module.write_text(module_text(rule_id, name, lang, category, cwe), encoding="utf-8")
    fixture.parent.mkdir(parents=True)
    fixture.write_text(fixture_text(rule_id, lang), encoding="utf-8")
    return module, fixture


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("rule_id")
    parser.add_argument("name", help="kebab-case name")
    parser.add_argument("--lang", required=True, choices=sorted(LANGUAGES))
    parser.add_argument("--category", required=True, choices=CATEGORIES)
    parser.add_argument("--cwe", type=int, required=True)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        module, fixture = scaffold(args.root, args.rule_id, args.name, args.lang,
                                   args.category, args.cwe)
    except ScaffoldError as error:
        parser.error(str(error))
    print(f"created {module.relative_to(args.root)} and {fixture.relative_to(args.root)}; "
          "write the check and the fixture cases, then run python scripts/gen_rule_docs.py "
          "and python scripts/gen_rule_index.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
