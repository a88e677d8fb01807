"""Scaffold a rule: its module (docs in the docstring), its fixture folder and its docs page.

    python scripts/new_rule.py VG-PY-INJ-042 sql-string-building --lang python \
        --category injection --cwe 89

Fill in the docstring, the query or check, and the `ruleid:`/`ok:` cases, then run
`python -m pytest tests/test_rule_fixtures.py -k VG-PY-INJ-042`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.model import CATEGORIES  # noqa: E402

FOLDERS = {"python": "python", "javascript": "javascript", "typescript": "javascript",
           "go": "go", "java": "java", "yaml": "config", "hcl": "config", "dockerfile": "config",
           "json": "config", "toml": "config", "*": "generic"}
EXTENSIONS = {"python": "py", "javascript": "js", "typescript": "ts", "go": "go", "java": "java",
              "yaml": "yaml", "hcl": "tf", "json": "json", "toml": "toml", "*": "txt"}

MODULE = '''"""## What it does
TODO: one paragraph: what the rule flags.

## Why is this bad?
TODO: the attack it enables.

## Example
```{lang}
TODO: vulnerable code
```

## Use instead
```{lang}
TODO: safe code
```

## References
- CWE-{cwe}
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return None


RULE = Rule(
    id="{rule_id}",
    name="{name}",
    category="{category}",
    languages=("{lang}",),
    cwe=({cwe},),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="TODO: what is wrong and what to use instead.",
    node_kinds=("call",),
    check=_check,
)
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rule_id")
    parser.add_argument("name", help="kebab-case name")
    parser.add_argument("--lang", required=True, choices=sorted(FOLDERS))
    parser.add_argument("--category", required=True, choices=CATEGORIES)
    parser.add_argument("--cwe", type=int, required=True)
    args = parser.parse_args()
    if not re.fullmatch(r"VG-[A-Z0-9]+(-[A-Z0-9]+)*-\d{3}", args.rule_id):
        parser.error("rule ids look like VG-PY-INJ-001")
    module = ROOT / "vigilint" / "analyzers" / "rules" / FOLDERS[args.lang] / \
        f"{args.name.replace('-', '_')}.py"
    fixture = ROOT / "tests" / "fixtures" / "rules" / args.rule_id / f"example.{EXTENSIONS[args.lang]}"
    if module.exists() or fixture.parent.exists():
        parser.error(f"{module} or {fixture.parent} already exists")
    module.parent.mkdir(parents=True, exist_ok=True)
    (module.parent / "__init__.py").touch()
    module.write_text(MODULE.format(rule_id=args.rule_id, name=args.name, lang=args.lang,
                                    category=args.category, cwe=args.cwe), encoding="utf-8")
    fixture.parent.mkdir(parents=True)
    leader = "#" if args.lang in ("python", "yaml", "hcl", "toml", "*") else "//"
    fixture.write_text(f"{leader} ruleid: {args.rule_id}\nTODO\n{leader} ok: {args.rule_id}\n"
                       "TODO\n", encoding="utf-8")
    print(f"created {module.relative_to(ROOT)} and {fixture.relative_to(ROOT)}; "
          "then run python scripts/gen_rule_docs.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
