"""Write docs/rules/<ID>.md for every rule from its docstring (the single source of rule docs).

Run after adding or changing a rule; tests/test_docs.py fails when the files are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.analyzers.registry import all_rules  # noqa: E402
from vigilint.model import Rule  # noqa: E402
from vigilint.policy import owasp_label, sla_for  # noqa: E402

DOCS = ROOT / "docs" / "rules"


def render(rule: Rule) -> str:
    sla = sla_for(rule.priority)
    meta = [
        f"# {rule.id}: {rule.name}",
        "",
        "| | |",
        "|---|---|",
        f"| Category | `{rule.category}` |",
        f"| Languages | {', '.join(rule.languages)} |",
        f"| CWE | {', '.join(f'CWE-{c}' for c in rule.cwe)} |",
        f"| OWASP | {'<br>'.join(owasp_label(o) for o in rule.owasp)} |",
        f"| Likelihood x impact | {rule.likelihood} x {rule.impact} -> **{rule.priority}** |",
        f"| Remediation SLA | fix within {sla.fix_text}, deploy within {sla.deploy_text} |",
        f"| Confidence | {rule.confidence} |",
        f"| Quick fix | {'yes' if rule.fixable else 'no'} |",
        "",
        f"> {rule.message}",
        "",
    ]
    return "\n".join(meta) + (rule.docs.strip() if rule.docs else "") + "\n"


def expected() -> dict[Path, str]:
    return {DOCS / f"{rule.id}.md": render(rule) for rule in all_rules()}


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    wanted = expected()
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    for stale in DOCS.glob("*.md"):
        if stale not in wanted:
            stale.unlink()
    print(f"{len(wanted)} rule docs in {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
