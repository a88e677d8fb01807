"""`vigilint rules` lists the rules; `vigilint rule ID` prints one rule's documentation."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vigilint.analyzers.registry import all_rules, get_rule
from vigilint.cli import UsageError, write_output
from vigilint.model import Rule
from vigilint.policy import owasp_label, sla_for


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("rules", help="list the rules")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.add_argument("--category", help="only rules of this category")
    listing.add_argument("--language", help="only rules for this language")
    listing.set_defaults(func=run_list)
    one = subparsers.add_parser("rule", help="show one rule's documentation")
    one.add_argument("rule_id", metavar="ID")
    one.add_argument("--format", choices=("text", "json"), default="text")
    one.set_defaults(func=run_one)


def rule_dict(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id, "name": rule.name, "category": rule.category,
        "languages": list(rule.languages), "cwe": list(rule.cwe), "owasp": list(rule.owasp),
        "likelihood": rule.likelihood, "impact": rule.impact, "priority": rule.priority,
        "confidence": rule.confidence, "fixable": rule.fixable, "message": rule.message,
        "help_uri": rule.help_uri, "docs": rule.docs,
    }


def run_list(args: argparse.Namespace) -> int:
    rules = [r for r in all_rules()
             if (not args.category or r.category == args.category)
             and (not args.language or args.language in r.languages or "*" in r.languages)]
    if args.format == "json":
        write_output(json.dumps([rule_dict(r) for r in rules], indent=2) + "\n", None)
        return 0
    width = max((len(r.id) for r in rules), default=10)
    lines = [f"{r.id:<{width}}  {r.priority}  {r.category:<22} {','.join(r.languages):<22} "
             f"{r.name}" for r in rules]
    lines.append(f"{len(rules)} rules")
    write_output("\n".join(lines) + "\n", None)
    return 0


def run_one(args: argparse.Namespace) -> int:
    rule = get_rule(args.rule_id)
    if rule is None:
        raise UsageError(f"no rule {args.rule_id!r}; `vigilint rules` lists them")
    if args.format == "json":
        write_output(json.dumps(rule_dict(rule), indent=2) + "\n", None)
        return 0
    write_output(rule_text(rule), None)
    return 0


def rule_text(rule: Rule) -> str:
    """One rule's documentation with its metadata on top (`vigilint rule ID`, and the MCP
    server's rule resources)."""
    sla = sla_for(rule.priority)
    header = [
        f"{rule.id} ({rule.name})",
        f"category: {rule.category}; languages: {', '.join(rule.languages)}",
        f"CWE: {', '.join(f'CWE-{c}' for c in rule.cwe)}",
        f"OWASP: {'; '.join(owasp_label(o) for o in rule.owasp)}",
        f"likelihood {rule.likelihood} x impact {rule.impact} -> {rule.priority} "
        f"(fix within {sla.fix_text}, deploy within {sla.deploy_text})",
        f"confidence: {rule.confidence}; quick fix: {'yes' if rule.fixable else 'no'}",
        "",
    ]
    return "\n".join(header) + (rule.docs or rule.message) + "\n"
